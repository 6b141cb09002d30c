package cn.leavedesk.ui.away;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.service.AwayService;
import cn.leavedesk.service.AwayTimeline;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is away, on the away service and a real database file. */
class AwayViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private static final Actor CLERK = Actor.of("测试");

    @TempDir
    Path dir;
    private Database db;
    private AwayService service;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void office() {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        db.people().insertAll(List.of(
                Person.of("m", "王建国", Role.MAYOR),
                Person.of("ev", "李明远", Role.EXECUTIVE_VICE_MAYOR),
                Person.of("d1", "刘洋", Role.DEPARTMENT_HEAD)), CLERK);
        service = new AwayService(db, new RulebookService(), CalendarLoader.standard());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void record(String id, String person, LocalDate depart, LocalDate back) {
        db.absences().insert(trip(id, person, depart, back), CLERK);
    }

    private static Absence trip(String id, LocalDate depart, LocalDate back) {
        return trip(id, "m", depart, back);
    }

    private static Absence trip(String id, String person, LocalDate depart, LocalDate back) {
        return Absence.builder(id, person, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, depart, back)
                .destination("北京").reason("招商推介").build();
    }

    private AwayViewModel viewModel() {
        return new AwayViewModel((from, to) -> {
            asked.add(from + ".." + to);
            return service.timeline(from, to);
        }, new SyncTaskExecutor(), CLOCK);
    }

    @Test
    void opensOnTodayAndTheThirteenDaysAfter() {
        record("a1", "m", TODAY, TODAY);
        AwayViewModel vm = viewModel();

        assertThat(vm.fromProperty().get()).isEqualTo(TODAY);
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(asked).isEmpty();

        vm.refresh();

        assertThat(asked).containsExactly("2026-11-22..2026-12-05");
        assertThat(vm.summaryProperty().get()).isEqualTo(tr("away.summary", 1, 14));
        assertThat(vm.timelineProperty().get()).isPresent();
        assertThat(vm.spanProperty().get()).isEqualTo(AwayViewModel.Span.CUSTOM);
    }

    @Test
    void dayWeekAndMonthViewsStepThroughTheCalendarReadingEachRangeOnce() {
        AwayViewModel vm = viewModel();

        vm.show(AwayViewModel.Span.WEEK);
        assertThat(asked).containsExactly("2026-11-16..2026-11-22");
        vm.next();
        assertThat(asked).last().isEqualTo("2026-11-23..2026-11-29");

        vm.show(AwayViewModel.Span.MONTH);
        assertThat(asked).last().isEqualTo("2026-11-01..2026-11-30");
        vm.next();
        assertThat(asked).last().isEqualTo("2026-12-01..2026-12-31");
        assertThat(vm.timelineProperty().get().orElseThrow().days()).hasSize(31);

        vm.show(AwayViewModel.Span.DAY);
        assertThat(asked).last().isEqualTo("2026-12-01..2026-12-01");
        vm.previous();
        assertThat(asked).last().isEqualTo("2026-11-30..2026-11-30");
        vm.today();
        assertThat(asked).last().isEqualTo("2026-11-22..2026-11-22");
        assertThat(asked).hasSize(7);
        assertThat(vm.spanProperty().get()).isEqualTo(AwayViewModel.Span.DAY);

        // days picked by hand are a range of their own, stepped by its length
        vm.toProperty().set(TODAY.plusDays(2));
        assertThat(vm.spanProperty().get()).isEqualTo(AwayViewModel.Span.CUSTOM);
        vm.next();
        assertThat(asked).last().isEqualTo("2026-11-25..2026-11-27");
    }

    @Test
    void theStripNamesWhoPresidesEachDayTheMayorIsAwayAndWhenNobodyDoes() {
        record("a1", "m", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26));
        record("a2", "ev", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        AwayViewModel vm = viewModel();

        vm.refresh();

        List<AwayViewModel.PresidingSegment> strip = AwayViewModel.segments(vm.timelineProperty().get().orElseThrow());
        assertThat(strip).extracting(s -> s.from() + ".." + s.to() + " " + s.text() + " " + s.nobody()).containsExactly(
                "2026-11-23..2026-11-25 李明远 false",
                "2026-11-26..2026-11-26 " + tr("away.presiding.away") + " true");
        assertThat(strip.get(0).detail()).contains("王建国", "常务副市长", "李明远", "五");
        assertThat(vm.warnings()).containsExactly(
                "11月26日 周四：市长王建国和常务副市长李明远均不在岗，无人主持市政府工作");
    }

    @Test
    void longRangesAreLabelledByMonth() {
        AwayViewModel vm = viewModel();
        vm.toProperty().set(LocalDate.of(2027, 1, 10));

        List<AwayViewModel.MonthSpan> months = AwayViewModel.months(vm.timelineProperty().get().orElseThrow().days());

        assertThat(months).extracting(m -> m.label() + " " + m.first() + " " + m.days())
                .containsExactly("2026年11月 0 9", "2026年12月 9 31", "2027年1月 40 10");

        // a month with a day or two in the range has no room for its year
        vm.fromProperty().set(LocalDate.of(2026, 11, 30));
        vm.toProperty().set(LocalDate.of(2026, 12, 13));
        assertThat(AwayViewModel.months(vm.timelineProperty().get().orElseThrow().days()))
                .extracting(AwayViewModel.MonthSpan::label).containsExactly("11月", "2026年12月");
    }

    @Test
    void aBarOpensItsAbsenceThroughTheHook() {
        List<String> opened = new ArrayList<>();
        AwayViewModel vm = viewModel();
        vm.openAbsence(trip("a1", TODAY, TODAY));
        vm.setOnOpenAbsence(a -> opened.add(a.id()));

        vm.openAbsence(trip("a2", TODAY, TODAY));

        assertThat(opened).containsExactly("a2");
    }

    @Test
    void choosingAnotherDayReadsTheTimelineAgain() {
        AwayViewModel vm = viewModel();

        vm.toProperty().set(TODAY.plusDays(2));

        assertThat(asked).containsExactly("2026-11-22..2026-11-24");
        assertThat(vm.timelineProperty().get().orElseThrow().days()).hasSize(3);
    }

    @Test
    void aLastDayBeforeTheFirstSaysSoAndReadsNothing() {
        AwayViewModel vm = viewModel();

        vm.toProperty().set(TODAY.minusDays(1));

        assertThat(asked).isEmpty();
        assertThat(vm.problemProperty().get()).isEqualTo(tr("away.range.reversed"));

        vm.toProperty().set(TODAY);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aRangeLongerThanTheChartCanDrawIsRefused() {
        AwayViewModel vm = viewModel();

        vm.toProperty().set(TODAY.plusDays(AwayService.MAX_DAYS));

        assertThat(vm.problemProperty().get()).isEqualTo(tr("away.range.tooLong", AwayService.MAX_DAYS));
        assertThat(asked).isEmpty();
    }

    @Test
    void aClearedDayIsAProblemNotACrash() {
        AwayViewModel vm = viewModel();

        vm.fromProperty().set(null);

        assertThat(vm.problemProperty().get()).isEqualTo(tr("away.range.missing"));
    }

    @Test
    void aYearWithoutOfficialHolidaysIsNamed() {
        AwayViewModel vm = viewModel();

        vm.toProperty().set(LocalDate.of(2027, 1, 5));

        assertThat(vm.calendarNoticeProperty().get()).isEqualTo(tr("away.unknownYears", "2027"));
    }

    @Test
    void aBarsTooltipSaysKindDaysDestinationAndReason() {
        String text = AwayViewModel.describe(trip("a1", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27)));

        assertThat(text).isEqualTo("出差：11月25日 周三 至 11月27日 周五（3 天）\n目的地：北京\n事由：招商推介");
        assertThat(AwayViewModel.barText(trip("a1", TODAY, TODAY))).isEqualTo("北京");
    }

    @Test
    void overlappingAbsencesOfOnePersonGoOnSeparateLanes() {
        Absence first = trip("a1", TODAY, TODAY.plusDays(3));
        Absence overlapping = trip("a2", TODAY.plusDays(2), TODAY.plusDays(4));
        Absence later = trip("a3", TODAY.plusDays(5), TODAY.plusDays(6));

        assertThat(AwayView.lanes(List.of(first, overlapping, later)))
                .containsExactly(List.of(first, later), List.of(overlapping));
    }
}
