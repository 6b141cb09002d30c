package cn.leavedesk.service;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Term;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A small office on a real database file, with the clock fixed on a day of the clerk's choosing: a mayor, the
 * executive vice-mayor, a vice-mayor and two department heads; requests stored through {@link RequestService}
 * as the client stores them (with their chains).
 */
final class LifecycleFixture implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor CLERK = Actor.of("张晓燕");
    static final WorkingCalendar CALENDAR = CalendarLoader.standard();
    static final Term TERM = new Term(LocalDate.parse("2022-01-10"), LocalDate.parse("2027-01-09"));

    final Database db;
    final RulebookService rulebooks = new RulebookService();
    private LocalDate today;

    LifecycleFixture(Path file, String rulebook, LocalDate today) {
        this.db = ServiceFixtures.open(file);
        this.today = today;
        db.settings().put(SettingsRepository.RULEBOOK, rulebook, CLERK);
        db.people().insertAll(List.of(
                leader("m", "市长甲", Role.MAYOR),
                leader("ev", "常务副市长乙", Role.EXECUTIVE_VICE_MAYOR),
                leader("v1", "副市长丙", Role.VICE_MAYOR),
                new Person("d1", "局长丁", Role.DEPARTMENT_HEAD, List.of(), Optional.of("v1"), Optional.empty()),
                new Person("d2", "局长戊", Role.DEPARTMENT_HEAD, List.of(), Optional.of("v1"), Optional.empty())),
                CLERK);
    }

    private static Person leader(String id, String name, Role role) {
        return new Person(id, name, role, List.of(), Optional.empty(), Optional.of(TERM));
    }

    Clock clock() {
        return Clock.fixed(today.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    void today(LocalDate day) {
        today = day;
    }

    AbsenceLifecycleService lifecycle() {
        return new AbsenceLifecycleService(db, rulebooks, CALENDAR, Messages.chinese(), clock());
    }

    TodoService todo() {
        return new TodoService(db, rulebooks, CALENDAR, Messages.chinese());
    }

    RequestService requests() {
        return new RequestService(db, rulebooks, CALENDAR, Messages.chinese(), clock());
    }

    /** A complete request: every field the rulebooks may require is filled in. */
    static Absence.Builder trip(String id, String person, Kind kind, Scope scope, String depart, String back) {
        return Absence.builder(id, person, kind, scope, LocalDate.parse(depart), LocalDate.parse(back))
                .filed(LocalDate.parse(depart).minusDays(10)).destination("北京").reason("参加会议")
                .contact("13900000000").actingPerson("副职某").attachments(List.of("通知.pdf"));
    }

    Absence file(Absence.Builder request) {
        return requests().save(request.build(), CLERK).absence();
    }

    @Override
    public void close() {
        db.close();
    }
}
