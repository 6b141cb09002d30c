package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Term;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class QuotaServiceTest {
    private static final Actor CLERK = Actor.of("测试");
    private static final Optional<Term> TERM = Optional.of(new Term(LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9)));

    @TempDir
    Path dir;
    private Database db;
    private QuotaService quotas;
    private int next;

    @BeforeEach
    void open() {
        db = ServiceFixtures.open(dir.resolve("office.db"));
        db.people().insertAll(List.of(
                new Person("m", "王建国", Role.MAYOR, List.of(), Optional.empty(), TERM),
                new Person("v1", "陈静怡", Role.VICE_MAYOR, List.of("FOREIGN_AFFAIRS"), Optional.empty(), TERM),
                new Person("v2", "赵立新", Role.VICE_MAYOR, List.of(), Optional.empty(), TERM),
                new Person("v3", "孙卫东", Role.VICE_MAYOR, List.of(), Optional.empty(), Optional.empty()),
                Person.of("d1", "刘洋", Role.DEPARTMENT_HEAD)), CLERK);
        quotas = new QuotaService(db, new RulebookService());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String trip(String person, LocalDate depart) {
        String id = "t" + ++next;
        db.absences().insert(Absence.builder(id, person, Kind.OFFICIAL_VISIT, Scope.ABROAD, depart, depart.plusDays(4))
                .stops(List.of(new Stop("DE", true))).build(), CLERK);
        return id;
    }

    @Test
    void theMayorIsCountedPerYearAndCancelledTripsNever() {
        trip("m", LocalDate.of(2025, 9, 8));
        trip("m", LocalDate.of(2026, 4, 1));
        String cancelled = trip("m", LocalDate.of(2026, 10, 12));
        db.absences().cancel(cancelled, "取消", CLERK);
        db.absences().insert(Absence.builder("x", "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)).build(), CLERK);

        QuotaUse use = quotas.forYear(2026).get("m");

        assertThat(use.quota().perYear()).contains(1);
        assertThat(use.thisYear()).isEqualTo(1);
        assertThat(use.isExceeded()).isFalse();
        assertThat(quotas.forYear(2025).get("m").thisYear()).isEqualTo(1);
    }

    @Test
    void aSecondTripInAYearExceedsTheMayorsQuota() {
        trip("m", LocalDate.of(2026, 3, 1));
        trip("m", LocalDate.of(2026, 11, 1));

        assertThat(quotas.forYear(2026).get("m").isExceeded()).isTrue();
    }

    @Test
    void otherLeadersAreCountedPerTermAndPerTwoYearsUnderTheEitherReading() {
        trip("v2", LocalDate.of(2023, 5, 1));
        trip("v2", LocalDate.of(2025, 10, 20));
        trip("v2", LocalDate.of(2026, 6, 1));

        QuotaUse use = quotas.forYear(2026).get("v2");

        assertThat(use.thisTerm()).contains(3);
        assertThat(use.inTwoYears()).isEqualTo(2);
        // both limits exceeded: a breach under Wuhan's "either" reading
        assertThat(use.isAnyLimitExceeded()).isTrue();
        assertThat(use.isExceeded()).isTrue();
        // The term is counted whole, as the check counts it: the 2025 and 2026 trips already use it in 2024.
        QuotaUse earlier = quotas.forYear(2024).get("v2");
        assertThat(earlier.thisTerm()).contains(3);
        assertThat(earlier.inTwoYears()).isEqualTo(1);
        assertThat(earlier.isAnyLimitExceeded()).isTrue();
        assertThat(earlier.remaining(QuotaPeriod.TWO_YEARS)).contains(0);
    }

    @Test
    void oneExceededLimitIsOnlyAWarningUnderTheEitherReading() {
        trip("v2", LocalDate.of(2025, 12, 1));
        trip("v2", LocalDate.of(2026, 6, 1));

        QuotaUse use = quotas.forYear(2026).get("v2");

        assertThat(use.isAnyLimitExceeded()).isTrue();
        assertThat(use.isExceeded()).isFalse();
    }

    @Test
    void aForeignAffairsViceMayorIsCountedButNotCapped() {
        trip("v1", LocalDate.of(2026, 2, 1));
        trip("v1", LocalDate.of(2026, 8, 1));

        QuotaUse use = quotas.forYear(2026).get("v1");

        assertThat(use.isUncapped()).isTrue();
        assertThat(use.thisYear()).isEqualTo(2);
        assertThat(use.isExceeded()).isFalse();
    }

    @Test
    void withoutATermOnRecordTheTermFigureIsUnknown() {
        assertThat(quotas.forYear(2026).get("v3").thisTerm()).isEmpty();
    }

    @Test
    void departmentHeadsHaveNoQuota() {
        Map<String, QuotaUse> year = quotas.forYear(2026);

        assertThat(year).containsOnlyKeys("m", "v1", "v2", "v3");
    }

    @Test
    void aRulebookWithoutOverseasRulesGivesNoQuotas() {
        new SettingsService(db).save(new OfficeSettings("李文", "shaoxing"));

        assertThat(quotas.forYear(2026)).isEmpty();
    }

    /**
     * Wuhan 六十八 counts "per term": a vice-mayor in their second term is counted in each year against the term in
     * force then, from the term history — not against today's term, which would put a 2021 trip in no term at all.
     */
    @Test
    void aSecondTermDoesNotRewriteTheCountsOfTheFirst() throws Exception {
        Term first = new Term(LocalDate.of(2017, 1, 10), LocalDate.of(2022, 1, 9));
        Term second = new Term(LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
        db.people().insertAll(List.of(new Person("v4", "周明远", Role.VICE_MAYOR, List.of(), Optional.empty(),
                Optional.of(first))), CLERK);
        db.people().addTerm("v4", Role.VICE_MAYOR, Optional.of(second), CLERK);
        String a = trip("v4", LocalDate.of(2020, 5, 11));
        String b = trip("v4", LocalDate.of(2021, 3, 8));
        String c = trip("v4", LocalDate.of(2023, 6, 5));
        new SettingsService(db).save(new OfficeSettings("李文", "wuhan"));

        // the review (screen, export and print read it) and its drill-down
        assertThat(quotas.forYear(2021).get("v4").thisTerm()).contains(2);
        assertThat(quotas.tripsBehind("v4", 2021, QuotaPeriod.TERM)).extracting(Absence::id).containsExactly(a, b);
        assertThat(quotas.forYear(2023).get("v4").thisTerm()).contains(1);
        assertThat(quotas.tripsBehind("v4", 2023, QuotaPeriod.TERM)).extracting(Absence::id).containsExactly(c);

        // the check of a new trip in the first term counts the first term's trips, itself included
        Absence request = Absence.builder("r", "v4", Kind.OFFICIAL_VISIT, Scope.ABROAD, LocalDate.of(2021, 9, 6),
                LocalDate.of(2021, 9, 10)).stops(List.of(new Stop("DE", true))).build();
        var checked = new CheckService(db, ServiceFixtures.evaluator())
                .check(new RulebookService().get("wuhan"), request).abroad().orElseThrow();
        assertThat(checked.tripsThisTerm()).contains(3);

        // the annual export shows the same figure as the screen
        var table = new ExportService(db, new RulebookService()).annual(java.time.Year.of(2021));
        int termColumn = -1;
        for (int i = 0; i < table.headers().size(); i++) {
            if (table.headers().get(i).contains("任期")) {
                termColumn = i;
            }
        }
        assertThat(termColumn).as("a term column in %s", table.headers()).isNotNegative();
        int column = termColumn;
        assertThat(table.rows()).filteredOn(row -> row.contains("周明远")).singleElement()
                .satisfies(row -> assertThat(String.valueOf(row.get(column))).contains("2/2"));
    }

    @Test
    void aTripOnADayNoTermHoldsHasNoTermFigure() {
        db.people().insertAll(List.of(new Person("v5", "吴海", Role.VICE_MAYOR, List.of(), Optional.empty(),
                Optional.of(new Term(LocalDate.of(2017, 1, 10), LocalDate.of(2022, 1, 9))))), CLERK);
        db.people().addTerm("v5", Role.VICE_MAYOR, Optional.of(new Term(LocalDate.of(2022, 6, 1),
                LocalDate.of(2027, 5, 31))), CLERK);
        trip("v5", LocalDate.of(2022, 3, 7));

        assertThat(quotas.asOf(LocalDate.of(2022, 3, 7)).get("v5").thisTerm()).isEmpty();
        assertThat(quotas.asOf(LocalDate.of(2022, 1, 7)).get("v5").thisTerm()).contains(0);
    }
}
