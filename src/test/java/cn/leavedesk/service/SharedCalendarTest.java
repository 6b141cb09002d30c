package cn.leavedesk.service;

import static cn.leavedesk.service.LifecycleFixture.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One calendar for every service, as the client wires them: a year stored through {@link HolidayService} is counted
 * with at once by the request's check, the to-do list, who is away and the absence page — services built before the
 * year was stored, on a real database file, nothing restarted.
 *
 * <p>2030 has no schedule anywhere (tyme4j and the shipped files stop earlier), so until the office types its
 * notice it is the statutory estimate: Qingming, Fri 5 April 2030, is the only day off that week. The notice typed
 * here (a test schedule, not the real 2030 one) makes Thu 4 – Sat 6 April the 清明 block.
 */
class SharedCalendarTest {
    private static final HolidayNotice NOTICE_2030 = new HolidayNotice(2030, "测试用 2030 年放假安排",
            List.of(new HolidayNotice.Block("元旦", LocalDate.parse("2030-01-01"), LocalDate.parse("2030-01-01")),
                    new HolidayNotice.Block("清明节", LocalDate.parse("2030-04-04"), LocalDate.parse("2030-04-06"))),
            List.of());

    @TempDir
    Path dir;
    private LifecycleFixture office;

    @AfterEach
    void close() {
        if (office != null) {
            office.close();
        }
    }

    private SharedCalendar calendar;
    private HolidayService holidays;

    private void office(String rulebook) {
        office = new LifecycleFixture(dir.resolve(rulebook + ".db"), rulebook, LocalDate.parse("2030-03-20"));
        Path folder = dir.resolve("holidays");
        calendar = SharedCalendar.loadedBy(() -> CalendarLoader.standard(Optional.of(folder)));
        holidays = new HolidayService(folder, calendar);
    }

    @Test
    void theRequestCheckAndWhoIsAwayCountWithAYearStoredAfterTheyWereBuilt() throws Exception {
        office("wuhan");
        RequestService requests = new RequestService(office.db, office.rulebooks, calendar, Messages.chinese(),
                office.clock());
        AwayService away = new AwayService(office.db, office.rulebooks, calendar);
        // a draft departing Tue 9 April: Wuhan 六十七 files three working days ahead
        Absence draft = trip(RequestService.DRAFT_ID, "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                "2030-04-09", "2030-04-10").filed(LocalDate.parse("2030-03-20")).build();

        // the estimate: Mon 8, (Fri 5 Qingming), Thu 4, Wed 3 April
        assertThat(requests.preview(draft).fileBy()).contains(LocalDate.parse("2030-04-03"));
        assertThat(requests.preview(draft).findings()).extracting(Finding::code).contains(FindingCode.CALENDAR_UNKNOWN);
        assertThat(dayType(away, "2030-04-04")).isEqualTo(AwayTimeline.DayType.WORKDAY);

        holidays.add(NOTICE_2030, HolidayService.Existing.KEEP);

        // Mon 8, then Sun 7 – Thu 4 off, Wed 3, Tue 2 April
        assertThat(requests.preview(draft).fileBy()).contains(LocalDate.parse("2030-04-02"));
        assertThat(requests.preview(draft).findings()).extracting(Finding::code)
                .doesNotContain(FindingCode.CALENDAR_UNKNOWN);
        assertThat(dayType(away, "2030-04-04")).isEqualTo(AwayTimeline.DayType.HOLIDAY);
    }

    @Test
    void theToDoListAndTheAbsencePageCountWithAYearStoredAfterTheyWereBuilt() throws Exception {
        office("hegang");
        TodoService todo = new TodoService(office.db, office.rulebooks, calendar, Messages.chinese());
        AbsenceLifecycleService lifecycle = new AbsenceLifecycleService(office.db, office.rulebooks, calendar,
                Messages.chinese(), office.clock());
        // a vice-mayor away Mon 1 – Wed 3 April: Hegang 第五十二条（四）, 销假 the first working day after
        office.file(trip("h1", "v1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2030-04-01", "2030-04-03"));

        assertThat(returnDue(todo)).contains(LocalDate.parse("2030-04-04"));

        holidays.add(NOTICE_2030, HolidayService.Existing.KEEP);

        assertThat(returnDue(todo)).contains(LocalDate.parse("2030-04-08"));
        assertThat(lifecycle.show("h1", LocalDate.parse("2030-04-10")).duties())
                .extracting(AbsenceDetails.DutyLine::due).containsExactly(LocalDate.parse("2030-04-08"));
    }

    @Test
    void aCorrectedYearReplacesTheOneInForceAndListenersAreTold() throws Exception {
        office("wuhan");
        java.util.List<Integer> told = new java.util.ArrayList<>();
        calendar.onReplaced(c -> told.add(c.schedule(2030).map(s -> s.daysOff().size()).orElse(0)));

        holidays.add(NOTICE_2030, HolidayService.Existing.KEEP);
        assertThat(calendar.get().isHoliday(LocalDate.parse("2030-04-04"))).isTrue();

        HolidayNotice corrected = new HolidayNotice(2030, "测试用 2030 年放假安排（更正）",
                List.of(new HolidayNotice.Block("清明节", LocalDate.parse("2030-04-05"), LocalDate.parse("2030-04-07"))),
                List.of());
        holidays.add(corrected, HolidayService.Existing.REPLACE);

        assertThat(calendar.get().isHoliday(LocalDate.parse("2030-04-04"))).isFalse();
        assertThat(calendar.get().isHoliday(LocalDate.parse("2030-04-07"))).isTrue();
        assertThat(told).containsExactly(4, 3);
    }

    private static Optional<LocalDate> returnDue(TodoService todo) {
        return todo.todo(LocalDate.parse("2030-04-10")).items().stream()
                .filter(i -> i.type() == TodoType.RETURN_NOT_RECORDED).map(TodoItem::due).findFirst();
    }

    private static AwayTimeline.DayType dayType(AwayService away, String day) {
        LocalDate date = LocalDate.parse(day);
        return away.timeline(date, date).days().get(0).type();
    }
}
