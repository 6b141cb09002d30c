package cn.leavedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants that must hold for every request and every history, not just the hand-picked ones. Histories are
 * drawn around the request's days with every kind, scope and status, meetings with conveners and stand-ins
 * named from the roster, so that the overlap, stand-in, quorum and history-dependent presiding paths run; the
 * expectations are worked out here from the history itself, independently of the checks. Edge cases are off
 * for those: with eight drawn parameters jqwik's edge-case combinations would use up every try.
 */
class EvaluatorPropertiesTest {
    private static final List<Person> PEOPLE = Fixtures.ROSTER.people();
    private static final List<String> CITIES = RulebookLoader.BUILT_IN;
    private static final LocalDate BASE = LocalDate.parse("2026-06-10");
    private static final List<List<Stop>> ITINERARIES = List.of(List.of(new Stop("JP", true)),
            List.of(new Stop("DE", true), new Stop("AE", false)), List.of(new Stop("AE", false)),
            List.of(new Stop("GB", true), new Stop("FR", true), new Stop("DE", true), new Stop("IT", true)));

    // --- generators ------------------------------------------------------------------------------------

    @Provide
    Arbitrary<LocalDate> departures() {
        return Arbitraries.integers().between(0, 365 * 3 - 1).map(d -> LocalDate.parse("2024-01-01").plusDays(d));
    }

    /** Any absence of anyone within a fortnight of BASE, any kind, scope and status, with meeting and stand-in. */
    private static Arbitrary<Absence> absence(Arbitrary<Person> who) {
        Arbitrary<Absence> active = Combinators.combine(who, Arbitraries.of(Kind.values()),
                Arbitraries.of(Scope.values()), Arbitraries.integers().between(-6, 6),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(-25, 3),
                Arbitraries.of(MeetingType.values()), Arbitraries.integers().between(0, PEOPLE.size()))
                .as((person, kind, scope, offset, length, filedOffset, meetingType, acting) -> {
                    LocalDate depart = BASE.plusDays(offset);
                    boolean meeting = kind == Kind.MEETING_ABSENCE;
                    LocalDate back = meeting ? depart : depart.plusDays(length);
                    Absence.Builder b = Absence.builder("x", person.id(), kind, meeting ? Scope.WITHIN_CITY : scope,
                                    depart, back)
                            .filed(depart.plusDays(filedOffset)).destination("某地").reason("公务")
                            .contact("13900000000").attachments(List.of("通知.pdf"))
                            .actingPerson(acting == PEOPLE.size() ? "副职某" : PEOPLE.get(acting).id());
                    if (meeting) {
                        String convener = List.of("m", "ev", "v2", "dsg").get(length % 4);
                        b.meeting(new Meeting(meetingType, Optional.of(convener)));
                    }
                    if (scope == Scope.ABROAD && !meeting) {
                        b.stops(ITINERARIES.get(length % ITINERARIES.size()));
                    }
                    return b.build();
                });
        return Combinators.combine(active, Arbitraries.integers().between(0, 4))
                .as((a, coin) -> coin == 0 ? a.withStatus(Status.CANCELLED) : a);
    }

    @Provide
    Arbitrary<Absence> requests() {
        return absence(Arbitraries.of(PEOPLE)).map(a -> withId(a, "r"));
    }

    @Provide
    Arbitrary<Absence> activeRequests() {
        return requests().map(a -> a.withStatus(Status.ACTIVE));
    }

    @Provide
    Arbitrary<List<Absence>> histories() {
        return absence(Arbitraries.of(PEOPLE)).list().ofMinSize(0).ofMaxSize(10)
                .map(list -> IntStream.range(0, list.size()).mapToObj(i -> withId(list.get(i), "h" + i)).toList());
    }

    @Provide
    Arbitrary<String> cities() {
        return Arbitraries.of(CITIES);
    }

    private static Absence withId(Absence a, String id) {
        return new Absence(id, a.personId(), a.kind(), a.scope(), a.status(), a.filed(), a.depart(), a.returnDate(),
                a.destination(), a.reason(), a.contact(), a.actingPerson(), a.attachments(), a.stops(), a.meeting());
    }

    private static Absence withFiled(Absence a, LocalDate filed) {
        return new Absence(a.id(), a.personId(), a.kind(), a.scope(), a.status(), Optional.of(filed), a.depart(),
                a.returnDate(), a.destination(), a.reason(), a.contact(), a.actingPerson(), a.attachments(), a.stops(),
                a.meeting());
    }

    private static Evaluation evaluate(String city, Absence request, List<Absence> history) {
        return Fixtures.evaluate(city, request, history.toArray(Absence[]::new));
    }

    private static long count(Evaluation e, FindingCode code) {
        return e.findings().stream().filter(f -> f.code() == code).count();
    }

    /** Active, not the request, away from the post (a meeting absence is not), on one of the request's days. */
    private static boolean awayDuring(Absence a, String personId, Absence request) {
        return a.isActive() && a.personId().equals(personId) && !a.id().equals(request.id())
                && a.kind() != Kind.MEETING_ABSENCE
                && !a.depart().isAfter(request.returnDate()) && !a.returnDate().isBefore(request.depart());
    }

    // --- filing deadlines --------------------------------------------------------------------------------

    private static Absence departmentTrip(LocalDate depart, LocalDate filed) {
        return Fixtures.trip("r", Fixtures.DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, depart.toString(),
                depart.plusDays(2).toString()).filed(filed).build();
    }

    @Property
    void filingOnFileByIsNeverLateAndTheNextWorkingDayAlwaysIs(@ForAll("departures") LocalDate depart) {
        Evaluation probe = Fixtures.evaluate("wuhan", departmentTrip(depart, depart));
        LocalDate fileBy = probe.fileBy().orElseThrow();
        assertThat(Fixtures.CALENDAR.isWorkingDay(fileBy)).isTrue();
        assertThat(fileBy).isBefore(depart);
        assertThat(count(Fixtures.evaluate("wuhan", departmentTrip(depart, fileBy)), FindingCode.LATE_FILING)).isZero();
        LocalDate nextWorkingDay = Fixtures.CALENDAR.stepForward(fileBy, 1).day();
        assertThat(count(Fixtures.evaluate("wuhan", departmentTrip(depart, nextWorkingDay)), FindingCode.LATE_FILING))
                .isEqualTo(1);
    }

    @Property
    void thereAreExactlyThreeWorkingDaysFromFileByUpToDeparture(@ForAll("departures") LocalDate depart) {
        LocalDate fileBy = Fixtures.evaluate("wuhan", departmentTrip(depart, depart)).fileBy().orElseThrow();
        int working = 0;
        for (LocalDate d = fileBy.plusDays(1); d.isBefore(depart); d = d.plusDays(1)) {
            working += Fixtures.CALENDAR.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(working).isEqualTo(2);
    }

    /** Lateness only grows with the filing day: late on day f means late on every later day. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void filingLaterNeverCuresALateFiling(@ForAll("activeRequests") Absence request, @ForAll("cities") String city,
                                          @ForAll @IntRange(min = 1, max = 10) int later) {
        Evaluation e = evaluate(city, request, List.of());
        if (count(e, FindingCode.LATE_FILING) > 0) {
            Evaluation afterwards = evaluate(city, withFiled(request, request.filed().orElseThrow().plusDays(later)),
                    List.of());
            assertThat(count(afterwards, FindingCode.LATE_FILING)).isGreaterThan(0);
        }
    }

    /** 事先 / 会前: wherever no working-day period applies, filing on the departure day is never late. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void filedOnTheDepartureDayIsLateOnlyUnderAWorkingDayPeriod(@ForAll("activeRequests") Absence request,
                                                                @ForAll("cities") String city) {
        Evaluation e = evaluate(city, withFiled(request, request.depart()), List.of());
        if (e.fileBy().isEmpty()) {
            assertThat(count(e, FindingCode.LATE_FILING)).isZero();
        }
    }

    // --- history: what it may and may not change -----------------------------------------------------------

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void cancelledAbsencesInTheHistoryChangeNothing(@ForAll("activeRequests") Absence request,
                                                    @ForAll("histories") List<Absence> history,
                                                    @ForAll("cities") String city) {
        List<Absence> active = history.stream().filter(Absence::isActive).toList();
        List<Absence> extra = new ArrayList<>(history);
        active.forEach(a -> extra.add(withId(a, a.id() + "-cancelled").withStatus(Status.CANCELLED)));
        Evaluation onlyActive = evaluate(city, request, active);
        assertThat(evaluate(city, request, history)).isEqualTo(onlyActive);
        assertThat(evaluate(city, request, extra)).isEqualTo(onlyActive);
    }

    /** Who must approve, and by when, follows from the request and the rulebook; the history never moves it. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void theHistoryNeverChangesTheChainOrTheDeadline(@ForAll("activeRequests") Absence request,
                                                     @ForAll("histories") List<Absence> history,
                                                     @ForAll("cities") String city) {
        Evaluation alone = evaluate(city, request, List.of());
        Evaluation withHistory = evaluate(city, request, history);
        assertThat(withHistory.chain()).isEqualTo(alone.chain());
        assertThat(withHistory.fileBy()).isEqualTo(alone.fileBy());
        assertThat(withHistory.afterReturn()).isEqualTo(alone.afterReturn());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void theOrderOfTheHistoryDoesNotMatter(@ForAll("activeRequests") Absence request,
                                           @ForAll("histories") List<Absence> history, @ForAll("cities") String city) {
        List<Absence> reversed = new ArrayList<>(history);
        Collections.reverse(reversed);
        Evaluation a = evaluate(city, request, history);
        Evaluation b = evaluate(city, request, reversed);
        assertThat(b.verdict()).isEqualTo(a.verdict());
        assertThat(b.presiding()).isEqualTo(a.presiding());
        assertThat(b.abroad()).isEqualTo(a.abroad());
        Comparator<Finding> order = Comparator.comparing((Finding f) -> f.code()).thenComparing(Finding::message);
        assertThat(b.findings().stream().sorted(order).toList()).isEqualTo(a.findings().stream().sorted(order).toList());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aCancelledRequestIsOkAndOwesNothingWhateverTheHistory(@ForAll("activeRequests") Absence request,
                                                               @ForAll("histories") List<Absence> history,
                                                               @ForAll("cities") String city) {
        Evaluation e = evaluate(city, request.withStatus(Status.CANCELLED), history);
        assertThat(e.verdict()).isEqualTo(Verdict.OK);
        assertThat(e.findings()).isEmpty();
        assertThat(e.chain()).isEmpty();
        assertThat(e.afterReturn()).isEmpty();
    }

    // --- presiding and stand-ins, against the history itself ---------------------------------------------

    /**
     * Wuhan 五, Hegang 第九条, Yueqing 第八条: while the mayor is away the executive vice-mayor presides; a warning
     * exactly when the executive vice-mayor is away too on one of those days (a meeting absence is not away).
     */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void noOnePresidesExactlyWhenTheExecutiveViceMayorIsAwayToo(@ForAll("activeRequests") Absence drawn,
                                                               @ForAll("histories") List<Absence> history,
                                                               @ForAll("evmCities") String city) {
        Absence request = new Absence("r", "m", drawn.kind(), drawn.scope(), Status.ACTIVE, drawn.filed(),
                drawn.depart(), drawn.returnDate(), drawn.destination(), drawn.reason(), drawn.contact(),
                drawn.actingPerson(), drawn.attachments(), drawn.stops(), drawn.meeting());
        PresidingRule rule = RulebookLoader.builtIn(city).presiding().orElseThrow();
        boolean applies = (rule.when().kinds().isEmpty() || rule.when().kinds().contains(request.kind()))
                && (rule.when().scopes().isEmpty() || rule.when().scopes().contains(request.scope()));
        long evAway = history.stream().filter(a -> awayDuring(a, "ev", request)).count();
        Evaluation e = evaluate(city, request, history);
        assertThat(e.presiding().isPresent()).isEqualTo(applies);
        assertThat(count(e, FindingCode.NO_ONE_PRESIDING)).isEqualTo(applies ? evAway : 0);
    }

    @Provide
    Arbitrary<String> evmCities() {
        return Arbitraries.of("wuhan", "hegang", "yueqing");
    }

    /** Anyone else's stand-in (外出期间主持工作的同志) on the roster: one warning per absence of theirs on those days. */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void aStandInIsFlaggedOncePerAbsenceOfTheirsOnTheSameDays(@ForAll("activeRequests") Absence request,
                                                             @ForAll("histories") List<Absence> history,
                                                             @ForAll("cities") String city) {
        Person person = Fixtures.ROSTER.find(request.personId()).orElseThrow();
        boolean mayorWithPresider = person.role() == Role.MAYOR
                && RulebookLoader.builtIn(city).presiding().isPresent();
        Optional<String> standIn = request.actingPerson().filter(id -> Fixtures.ROSTER.find(id).isPresent())
                .filter(id -> !id.equals(person.id()));
        if (mayorWithPresider) {
            return;
        }
        long expected = standIn.map(id -> history.stream().filter(a -> awayDuring(a, id, request)).count()).orElse(0L);
        assertThat(count(evaluate(city, request, history), FindingCode.NO_ONE_PRESIDING)).isEqualTo(expected);
    }

    // --- overlaps and the quorum ---------------------------------------------------------------------------

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everyOverlappingAbsenceOfTheSamePersonIsReportedOnce(@ForAll("activeRequests") Absence request,
                                                             @ForAll("histories") List<Absence> history,
                                                             @ForAll("cities") String city) {
        long expected = history.stream()
                .filter(a -> a.isActive() && a.personId().equals(request.personId()))
                .filter(a -> !a.depart().isAfter(request.returnDate()) && !a.returnDate().isBefore(request.depart()))
                .filter(a -> (a.kind() == Kind.MEETING_ABSENCE) == (request.kind() == Kind.MEETING_ABSENCE))
                .count();
        assertThat(count(evaluate(city, request, history), FindingCode.OVERLAPPING_ABSENCE)).isEqualTo(expected);
    }

    /**
     * Hegang 第三十七条 半数以上: for a member's executive-meeting absence, the meeting is at risk exactly when fewer
     * than half of the members can be there — counting everyone with a meeting absence from it that day and
     * everyone away on a trip or leave that day.
     */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void theQuorumWarningMatchesACountOfWhoIsThere(@ForAll("histories") List<Absence> history,
                                                  @ForAll @IntRange(min = 0, max = 4) int member,
                                                  @ForAll @IntRange(min = -3, max = 3) int dayOffset,
                                                  @ForAll boolean sixMembers) {
        QuorumRule rule = RulebookLoader.builtIn("hegang").quorum().orElseThrow();
        // five members on the fixture roster; a sixth vice-mayor, never away, makes exactly half possible
        List<Person> people = new ArrayList<>(PEOPLE);
        if (sixMembers) {
            people.add(new Person("v3", "副市长癸", Role.VICE_MAYOR, List.of(), Optional.empty(), Optional.of(Fixtures.TERM)));
        }
        cn.leavedesk.domain.Roster roster = new cn.leavedesk.domain.Roster(people);
        List<Person> members = people.stream().filter(p -> rule.memberRoles().contains(p.role())).toList();
        Person who = members.get(member);
        LocalDate day = BASE.plusDays(dayOffset);
        Absence request = Fixtures.meeting("r", who, MeetingType.EXECUTIVE, Fixtures.MAYOR, day.toString()).build();
        Set<String> absent = new TreeSet<>();
        absent.add(who.id());
        for (Absence a : history) {
            if (!a.isActive()) {
                continue;
            }
            boolean fromTheMeeting = a.kind() == Kind.MEETING_ABSENCE && a.depart().equals(day)
                    && a.meeting().map(Meeting::type).filter(t -> t == MeetingType.EXECUTIVE).isPresent();
            boolean awayThatDay = a.kind() != Kind.MEETING_ABSENCE && !a.depart().isAfter(day)
                    && !a.returnDate().isBefore(day);
            if (fromTheMeeting || awayThatDay) {
                absent.add(a.personId());
            }
        }
        long absentMembers = members.stream().filter(p -> absent.contains(p.id())).count();
        boolean atRisk = (members.size() - absentMembers) * 2 < members.size();
        Evaluation e = Fixtures.evaluate("hegang", roster, request, history.toArray(Absence[]::new));
        assertThat(count(e, FindingCode.QUORUM_AT_RISK)).isEqualTo(atRisk ? 1 : 0);
    }

    // --- trips abroad ---------------------------------------------------------------------------------------

    /** Trips this year: the person's active trips of a counted kind departing that year, the request included. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void tripsThisYearCountTheCountedKindsOnly(@ForAll("activeRequests") Absence drawn,
                                               @ForAll("histories") List<Absence> history,
                                               @ForAll("cities") String city) {
        Absence request = drawn.kind() == Kind.MEETING_ABSENCE ? drawn : new Absence("r", drawn.personId(),
                drawn.kind(), Scope.ABROAD, Status.ACTIVE, drawn.filed(), drawn.depart(), drawn.returnDate(),
                drawn.destination(), drawn.reason(), drawn.contact(), drawn.actingPerson(), drawn.attachments(),
                ITINERARIES.get(0), drawn.meeting());
        if (request.scope() != Scope.ABROAD) {
            return;
        }
        AbroadRules rules = RulebookLoader.builtIn(city).abroad().orElse(null);
        java.util.function.Predicate<Absence> counted = a -> a.isActive() && a.scope() == Scope.ABROAD
                && a.personId().equals(request.personId()) && a.depart().getYear() == request.depart().getYear()
                && (rules == null || rules.countedKinds().isEmpty() || rules.countedKinds().contains(a.kind()));
        long expected = history.stream().filter(counted).count() + (counted.test(request) ? 1 : 0);
        assertThat(evaluate(city, request, history).abroad().orElseThrow().tripsThisYear()).isEqualTo((int) expected);
    }

    // --- citations --------------------------------------------------------------------------------------------

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everyStepAndEveryArticleFindingCitesTheRulebooksDocument(@ForAll("activeRequests") Absence request,
                                                                  @ForAll("histories") List<Absence> history,
                                                                  @ForAll("cities") String city) {
        Rulebook rulebook = RulebookLoader.builtIn(city);
        Evaluation e = evaluate(city, request, history);
        assertThat(e.chain()).allSatisfy(s -> assertThat(s.article()).startsWith(rulebook.document() + " "));
        List<Finding> cited = new ArrayList<>(e.findings());
        // overlaps rest on no article; a missing meeting, convener or supervisor is named without one
        cited.removeIf(f -> f.code() == FindingCode.OVERLAPPING_ABSENCE
                || f.code() == FindingCode.NO_ONE_PRESIDING && f.article().isEmpty()
                || f.code() == FindingCode.MISSING_FIELD && f.article().isEmpty());
        assertThat(cited).allSatisfy(f -> assertThat(f.article()).get().asString().startsWith(rulebook.document() + " "));
        assertThat(e.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank().doesNotStartWith("finding."));
    }
}
