package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Term;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leaders' review and the check of a trip count the same trips the same way: on many generated histories in a
 * real database — most leaders with a second term, some after a gap — the review's figures as of each trip's
 * departure day are the check's figures for that trip, and the review's drill-down lists exactly as many trips as
 * its figures say.
 */
class QuotaCountAgreementTest {
    private static final Actor CLERK = Actor.of("测试");
    private static final Role[] ROLES = {Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR, Role.SECRETARY_GENERAL};
    private static final Kind[] KINDS = {Kind.OFFICIAL_VISIT, Kind.OFFICIAL_VISIT, Kind.BUSINESS_TRIP, Kind.LEAVE,
            Kind.OTHER_ABSENCE};

    @TempDir
    Path dir;

    @Test
    void theReviewAndTheCheckAgreeOnEveryTripOfManyHistories() {
        Random random = new Random(20261130L);
        int compared = 0;
        try (Database db = ServiceFixtures.open(dir.resolve("office.db"))) {
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                people.add(person(random, i));
            }
            db.people().insertAll(people, CLERK);
            // a second term for some, right after the first or after a gap: the counts follow the term history
            int secondTerms = 0;
            for (Person person : people) {
                if (person.term().isPresent() && random.nextInt(3) > 0) {
                    LocalDate start = person.term().get().end().plusDays(1 + (random.nextInt(3) == 0 ? 60 : 0));
                    db.people().addTerm(person.id(), person.role(), Optional.of(new Term(start,
                            start.plusYears(5).minusDays(1))), CLERK);
                    secondTerms++;
                }
            }
            assertThat(secondTerms).isGreaterThan(20);
            List<Absence> trips = new ArrayList<>();
            for (Person person : people) {
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(300));
                int count = random.nextInt(9);
                for (int t = 0; t < count; t++) {
                    day = day.plusDays(20 + random.nextInt(400));
                    Absence trip = Absence.builder(person.id() + "-" + t, person.id(), KINDS[random.nextInt(KINDS.length)],
                            random.nextInt(6) == 0 ? Scope.OUTSIDE_PROVINCE : Scope.ABROAD, day,
                            day.plusDays(random.nextInt(6))).stops(List.of(new Stop("DE", true))).build();
                    db.absences().insert(trip, CLERK);
                    if (random.nextInt(7) == 0) {
                        db.absences().cancel(trip.id(), "取消", CLERK);
                    } else {
                        trips.add(trip);
                    }
                }
            }
            RulebookService rulebooks = new RulebookService();
            Rulebook wuhan = rulebooks.get("wuhan");
            QuotaService quotas = new QuotaService(db, rulebooks);
            CheckService checks = new CheckService(db, ServiceFixtures.evaluator());

            for (Absence trip : trips) {
                if (trip.scope() != Scope.ABROAD) {
                    continue;
                }
                AbroadSummary checked = checks.check(wuhan, trip).abroad().orElseThrow();
                Optional<QuotaUse> reviewed = Optional.ofNullable(quotas.asOf(trip.depart()).get(trip.personId()));
                assertThat(reviewed).as("every leader here has a quota group").isPresent();
                QuotaUse use = reviewed.get();
                // A trip of a kind the rulebook does not count is not in its own figures; the others are.
                assertThat(use.thisYear()).as("year, %s", trip).isEqualTo(checked.tripsThisYear());
                assertThat(use.thisTerm()).as("term, %s", trip).isEqualTo(checked.tripsThisTerm());
                assertThat(use.inTwoYears()).as("two years, %s", trip).isEqualTo(checked.tripsInTwoYears());
                compared++;
            }
            for (int year = 2020; year <= 2027; year++) {
                Map<String, QuotaUse> review = quotas.forYear(year);
                for (Person person : people) {
                    QuotaUse use = review.get(person.id());
                    for (QuotaPeriod period : QuotaPeriod.values()) {
                        int behind = quotas.tripsBehind(person.id(), year, period).size();
                        assertThat(use.used(period).orElse(0)).as("%s %d %s", person.id(), year, period)
                                .isEqualTo(behind);
                    }
                }
            }
        }
        assertThat(compared).as("trips abroad compared").isGreaterThan(150);
    }

    private static Person person(Random random, int i) {
        Role role = ROLES[random.nextInt(ROLES.length)];
        List<String> portfolios = role == Role.VICE_MAYOR && random.nextInt(4) == 0 ? List.of("COMMERCE") : List.of();
        LocalDate start = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1500));
        Optional<Term> term = random.nextInt(5) == 0 ? Optional.empty()
                : Optional.of(new Term(start, start.plusYears(5).minusDays(1)));
        return new Person("p" + i, "领导" + i, role, portfolios, Optional.empty(), term);
    }
}
