package cn.leavedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfficeGeneratorTest {
    private static final int ABSENCES = 1_000;

    private final GeneratedOffice office = new OfficeGenerator(42).generate(100, 5, ABSENCES, 2026);

    @Test
    void theSameSeedGivesTheSameOfficeAndAnotherSeedAnotherOne() {
        GeneratedOffice again = new OfficeGenerator(42).generate(100, 5, ABSENCES, 2026);
        GeneratedOffice other = new OfficeGenerator(43).generate(100, 5, ABSENCES, 2026);
        assertThat(again.people()).isEqualTo(office.people());
        assertThat(again.absences()).isEqualTo(office.absences());
        assertThat(other.absences()).isNotEqualTo(office.absences());
    }

    @Test
    void absencesAreNumberedInDepartureOrderInsideTheSpanAndSpreadOverTheRoster() {
        assertThat(office.absences()).hasSize(ABSENCES);
        assertThat(office.absences()).extracting(Absence::id).doesNotHaveDuplicates().isSorted();
        assertThat(office.absences()).extracting(Absence::depart).isSorted()
                .allMatch(d -> d.getYear() >= 2022 && d.getYear() <= 2026);
        Map<String, Long> perPerson = office.absences().stream()
                .collect(Collectors.groupingBy(Absence::personId, Collectors.counting()));
        assertThat(perPerson).hasSize(100).allSatisfy((person, n) -> assertThat(n).isEqualTo(10));
    }

    @Test
    void theMixLooksLikeAMunicipalRegister() {
        Map<Kind, Long> kinds = share(Absence::kind);
        assertThat(kinds.get(Kind.BUSINESS_TRIP)).isBetween(330L, 470L);
        assertThat(kinds.get(Kind.MEETING_ABSENCE)).isBetween(150L, 250L);
        assertThat(kinds.get(Kind.OFFICIAL_VISIT)).isBetween(40L, 120L);
        assertThat(office.absences()).filteredOn(a -> a.kind() == Kind.MEETING_ABSENCE)
                .allMatch(a -> a.scope() == Scope.WITHIN_CITY && a.meeting().isPresent() && a.days() == 1);
        long cancelled = office.absences().stream().filter(a -> !a.isActive()).count();
        assertThat(cancelled).isBetween(20L, 70L);
        long late = office.absences().stream().filter(a -> a.filed().orElseThrow().isAfter(a.depart().minusDays(1)))
                .count();
        assertThat(late).isBetween(40L, 140L);
    }

    @Test
    void tripsAbroadHaveStopsSomeOfThemAirsideTransits() {
        var abroad = office.absences().stream().filter(a -> a.scope() == Scope.ABROAD).toList();
        assertThat(abroad).hasSizeGreaterThan(50).allMatch(a -> !a.stops().isEmpty());
        assertThat(office.absences()).filteredOn(a -> a.scope() != Scope.ABROAD).allMatch(a -> a.stops().isEmpty());
        assertThat(abroad).anyMatch(a -> a.stops().stream().anyMatch(s -> !s.leavesAirport()));
        assertThat(abroad).anyMatch(a -> a.stops().stream().filter(Stop::leavesAirport).count() >= 3);
    }

    @Test
    void theRosterHasOneMayorPerHundredPeopleAndLeadersWithTerms() {
        Map<Role, Long> roles = office.people().stream().collect(Collectors.groupingBy(Person::role, Collectors.counting()));
        assertThat(roles.get(Role.MAYOR)).isEqualTo(1);
        assertThat(roles.get(Role.DEPARTMENT_HEAD)).isGreaterThan(50);
        assertThat(office.people()).filteredOn(p -> p.role() == Role.VICE_MAYOR)
                .allMatch(p -> p.term().isPresent() && !p.portfolios().isEmpty());
    }

    @Test
    void requestsAreNewActiveAbsencesInTheLastYear() {
        var requests = new OfficeGenerator(42).requests(office, 50);
        assertThat(requests).hasSize(50).allMatch(Absence::isActive)
                .allMatch(r -> r.id().startsWith("R") && r.depart().getYear() == 2026);
        assertThat(new OfficeGenerator(42).requests(office, 50)).isEqualTo(requests);
    }

    private <K> Map<K, Long> share(Function<Absence, K> key) {
        return office.absences().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
