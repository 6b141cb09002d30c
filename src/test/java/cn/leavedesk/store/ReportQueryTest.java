package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static cn.leavedesk.store.Fixtures.absence;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportQueryTest {
    @TempDir
    Path dir;

    @Test
    void reportListsEveryoneOnTheRosterSortedByIdWithOnlyActiveAbsences() {
        try (Database db = Fixtures.openQuiet(dir.resolve("a.db"))) {
            db.people().upsertAll(List.of(Person.of("zz", "最后", Role.DISTRICT_HEAD),
                    Person.of("d1", "钱局长", Role.DEPARTMENT_HEAD), Person.of("ab", "无外出", Role.VICE_MAYOR)), CLERK);
            AbsenceRepository absences = db.absences();
            absences.insertBatch(List.of(
                    absence("1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-02-01", "2026-02-03"),
                    absence("2", "d1", Kind.BUSINESS_TRIP, Scope.WITHIN_PROVINCE, "2026-03-01", "2026-03-01"),
                    absence("3", "d1", Kind.LEAVE, Scope.WITHIN_CITY, "2026-12-30", "2027-01-04"),
                    absence("4", "d1", Kind.OFFICIAL_VISIT, Scope.ABROAD, "2025-12-28", "2026-01-02"),
                    Absence.builder("5", "d1", Kind.OTHER_ABSENCE, Scope.WITHIN_CITY, Fixtures.day("2026-05-01"),
                            Fixtures.day("2026-05-09")).status(Status.CANCELLED).build(),
                    absence("6", "zz", Kind.OFFICIAL_VISIT, Scope.ABROAD, "2026-07-01", "2026-07-07")), CLERK);
            absences.insert(absence("7", "zz", Kind.LEAVE, Scope.WITHIN_CITY, "2026-08-01", "2026-08-02"), CLERK);
            absences.cancel("7", "不休了", CLERK);

            AnnualReport report = db.reports().annual(2026);

            assertThat(report.year()).isEqualTo(2026);
            assertThat(report.people()).extracting(PersonYear::id).containsExactly("ab", "d1", "zz");
            assertThat(report.people().get(0)).isEqualTo(
                    new PersonYear("ab", "无外出", Role.VICE_MAYOR, Map.of(), 0, 0));
            PersonYear d1 = report.people().get(1);
            assertThat(d1.absences()).containsExactly(Map.entry(Kind.BUSINESS_TRIP, 2), Map.entry(Kind.LEAVE, 1));
            // 3 + 1 + 2 days of the leave in 2026 + 2 days of the visit that left in 2025
            assertThat(d1.daysAway()).isEqualTo(8);
            assertThat(d1.tripsAbroad()).isZero();
            PersonYear zz = report.people().get(2);
            assertThat(zz.absences()).containsExactly(Map.entry(Kind.OFFICIAL_VISIT, 1));
            assertThat(zz.daysAway()).isEqualTo(7);
            assertThat(zz.tripsAbroad()).isEqualTo(1);

            PersonYear d1In2025 = db.reports().forPerson("d1", 2025).orElseThrow();
            assertThat(d1In2025.absences()).containsExactly(Map.entry(Kind.OFFICIAL_VISIT, 1));
            assertThat(d1In2025.daysAway()).isEqualTo(4);
            assertThat(d1In2025.tripsAbroad()).isEqualTo(1);
            assertThat(db.reports().forPerson("d1", 2027).orElseThrow().daysAway()).isEqualTo(4);
            assertThat(db.reports().forPerson("d1", 2027).orElseThrow().absences()).isEmpty();
            assertThat(db.reports().forPerson("nobody", 2026)).isEmpty();
        }
    }
}
