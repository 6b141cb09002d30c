package cn.leavedesk.rules;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A city government's roster and helpers to evaluate requests against the real rulebooks and calendar. */
public final class Fixtures {
    public static final WorkingCalendar CALENDAR = CalendarLoader.standard();
    public static final Term TERM = new Term(LocalDate.parse("2022-01-10"), LocalDate.parse("2027-01-09"));

    public static final Person MAYOR = leader("m", "市长甲", Role.MAYOR);
    public static final Person EXECUTIVE = leader("ev", "常务副市长乙", Role.EXECUTIVE_VICE_MAYOR);
    public static final Person FOREIGN_VM = new Person("v1", "副市长丙", Role.VICE_MAYOR, List.of("FOREIGN_AFFAIRS"),
            Optional.empty(), Optional.of(TERM));
    public static final Person TRANSPORT_VM = new Person("v2", "副市长丁", Role.VICE_MAYOR, List.of("TRANSPORT"),
            Optional.empty(), Optional.of(TERM));
    public static final Person SECRETARY = leader("sg", "秘书长戊", Role.SECRETARY_GENERAL);
    public static final Person DEPUTY_SECRETARY = leader("dsg", "副秘书长己", Role.DEPUTY_SECRETARY_GENERAL);
    public static final Person PARTY_MEMBER = leader("pg", "党组成员庚", Role.PARTY_GROUP_MEMBER);
    public static final Person DEPARTMENT = new Person("d1", "局长辛", Role.DEPARTMENT_HEAD, List.of(),
            Optional.of("v2"), Optional.empty());
    public static final Person DISTRICT = new Person("q1", "区长壬", Role.DISTRICT_HEAD, List.of(),
            Optional.of("v2"), Optional.empty());
    public static final Roster ROSTER = new Roster(List.of(MAYOR, EXECUTIVE, FOREIGN_VM, TRANSPORT_VM, SECRETARY,
            DEPUTY_SECRETARY, PARTY_MEMBER, DEPARTMENT, DISTRICT));

    private Fixtures() {
    }

    private static Person leader(String id, String name, Role role) {
        return new Person(id, name, role, List.of(), Optional.empty(), Optional.of(TERM));
    }

    /** A complete request: every field Hegang's written request asks for is filled in. */
    public static Absence.Builder trip(String id, Person who, Kind kind, Scope scope, String depart, String back) {
        return Absence.builder(id, who.id(), kind, scope, LocalDate.parse(depart), LocalDate.parse(back))
                .filed(LocalDate.parse(depart).minusDays(20))
                .destination("上海").reason("参加会议").contact("13900000000").actingPerson("副职某")
                .attachments(List.of("通知.pdf"));
    }

    public static Absence.Builder abroad(String id, Person who, String depart, String back, String... countries) {
        return abroad(id, who, Kind.OFFICIAL_VISIT, depart, back, countries);
    }

    /** A trip abroad of the given kind; a country written "AE:transit" is an airside transit. */
    public static Absence.Builder abroad(String id, Person who, Kind kind, String depart, String back,
                                         String... countries) {
        List<Stop> stops = new ArrayList<>();
        Arrays.stream(countries).forEach(c -> stops.add(c.endsWith(":transit")
                ? new Stop(c.substring(0, c.indexOf(':')), false) : new Stop(c, true)));
        return trip(id, who, kind, Scope.ABROAD, depart, back).stops(stops);
    }

    public static Absence.Builder meeting(String id, Person who, MeetingType type, Person convener, String day) {
        return Absence.builder(id, who.id(), Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, LocalDate.parse(day),
                        LocalDate.parse(day))
                .filed(LocalDate.parse(day).minusDays(1)).reason("另有公务")
                .meeting(new Meeting(type, Optional.ofNullable(convener).map(Person::id)));
    }

    /**
     * The context one check sees, built the way the evaluator builds it (active history only, the request's
     * own id left out), so that a check can be tested on its own.
     */
    public static CheckContext context(String rulebook, Absence request, Absence... history) {
        return context(rulebook, ROSTER, request, history);
    }

    public static CheckContext context(String rulebook, Roster roster, Absence request, Absence... history) {
        Rulebook book = RulebookLoader.builtIn(rulebook);
        Person person = roster.find(request.personId()).orElseThrow();
        List<Absence> others = Arrays.stream(history).filter(Absence::isActive)
                .filter(a -> !a.id().equals(request.id())).toList();
        return new CheckContext(book, roster, person, request, others, CALENDAR, Messages.chinese(),
                RuleMatcher.match(book, roster, person, request));
    }

    public static Evaluation evaluate(String rulebook, Absence request, Absence... history) {
        return evaluate(rulebook, ROSTER, request, history);
    }

    public static Evaluation evaluate(String rulebook, Roster roster, Absence request, Absence... history) {
        return new Evaluator(CALENDAR, Messages.chinese())
                .evaluate(RulebookLoader.builtIn(rulebook), roster, List.of(history), request);
    }
}
