package cn.leavedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants that must hold for every request, not just the hand-picked ones. */
class EvaluatorPropertiesTest {
    private static final List<Person> PEOPLE = Fixtures.ROSTER.people();
    private static final List<String> CITIES = RulebookLoader.BUILT_IN;

    @Provide
    Arbitrary<LocalDate> departures() {
        return Arbitraries.integers().between(0, 365 * 3 - 1).map(d -> LocalDate.parse("2024-01-01").plusDays(d));
    }

    private static Absence departmentTrip(LocalDate depart, LocalDate filed) {
        return Fixtures.trip("r", Fixtures.DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, depart.toString(),
                depart.plusDays(2).toString()).filed(filed).build();
    }

    private static boolean late(Evaluation e) {
        return e.findings().stream().anyMatch(f -> f.code() == FindingCode.LATE_FILING);
    }

    @Property
    void filingOnFileByIsNeverLateAndTheNextWorkingDayAlwaysIs(@ForAll("departures") LocalDate depart) {
        Evaluation probe = Fixtures.evaluate("wuhan", departmentTrip(depart, depart));
        LocalDate fileBy = probe.fileBy().orElseThrow();
        assertThat(Fixtures.CALENDAR.isWorkingDay(fileBy)).isTrue();
        assertThat(fileBy).isBefore(depart);
        assertThat(late(Fixtures.evaluate("wuhan", departmentTrip(depart, fileBy)))).isFalse();
        LocalDate nextWorkingDay = Fixtures.CALENDAR.stepForward(fileBy, 1).day();
        assertThat(late(Fixtures.evaluate("wuhan", departmentTrip(depart, nextWorkingDay)))).isTrue();
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

    @Property(tries = 300)
    void addingACancelledTripChangesNothing(@ForAll("departures") LocalDate depart,
                                            @ForAll @IntRange(min = 0, max = 8) int person,
                                            @ForAll @IntRange(min = 0, max = 4) int city,
                                            @ForAll @IntRange(min = -30, max = 30) int offset,
                                            @ForAll @IntRange(min = 0, max = 3) int scope) {
        Person who = PEOPLE.get(person);
        Absence request = Fixtures.abroad("r", who, depart.toString(), depart.plusDays(4).toString(), "JP").build();
        Absence prior = Fixtures.abroad("h0", who, depart.minusDays(200).toString(), depart.minusDays(196).toString(), "KR").build();
        LocalDate cancelledDepart = depart.plusDays(offset);
        Absence cancelled = Fixtures.trip("c", who, Kind.OFFICIAL_VISIT, Scope.values()[scope], cancelledDepart.toString(),
                cancelledDepart.plusDays(3).toString()).status(Status.CANCELLED).build();
        Evaluation without = Fixtures.evaluate(CITIES.get(city), request, prior);
        Evaluation with = Fixtures.evaluate(CITIES.get(city), request, prior, cancelled);
        assertThat(with).isEqualTo(without);
    }

    @Property(tries = 300)
    void everyStepAndEveryRuleFindingCitesTheRulebooksDocument(@ForAll @IntRange(min = 0, max = 8) int person,
                                                                @ForAll @IntRange(min = 0, max = 4) int city,
                                                                @ForAll @IntRange(min = 0, max = 4) int kind,
                                                                @ForAll @IntRange(min = 0, max = 3) int scope) {
        Rulebook rulebook = RulebookLoader.builtIn(CITIES.get(city));
        Person who = PEOPLE.get(person);
        Absence request = Fixtures.trip("r", who, Kind.values()[kind], Scope.values()[scope], "2026-06-10", "2026-06-12")
                .meeting(new cn.leavedesk.domain.Meeting(cn.leavedesk.domain.MeetingType.SPECIAL,
                        java.util.Optional.of("m"))).stops(List.of(new cn.leavedesk.domain.Stop("JP", true))).build();
        Evaluation e = Fixtures.evaluate(rulebook.id(), request);
        assertThat(e.chain()).allSatisfy(s -> assertThat(s.article()).startsWith(rulebook.document() + " "));
        List<Finding> cited = new ArrayList<>(e.findings());
        cited.removeIf(f -> f.code() == FindingCode.OVERLAPPING_ABSENCE || f.code() == FindingCode.MISSING_FIELD
                && f.article().isEmpty());
        assertThat(cited).allSatisfy(f -> assertThat(f.article()).get().asString().startsWith(rulebook.document()));
        assertThat(e.verdict()).isEqualTo(cn.leavedesk.domain.Verdict.of(e.findings()));
    }
}
