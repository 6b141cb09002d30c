package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timings at a million absences. The pom excludes the {@code bench} tag from every surefire run, so run it from
 * the test classpath: {@code java -cp target/test-classes:target/classes:<deps> cn.leavedesk.store.MillionAbsencesBench}.
 */
@Tag("bench")
class MillionAbsencesBench {
    @TempDir
    Path dir;

    public static void main(String[] args) throws java.io.IOException {
        MillionAbsencesBench bench = new MillionAbsencesBench();
        bench.dir = java.nio.file.Files.createTempDirectory("leavedesk-bench");
        bench.annualReportTimelineAndRegisterStayFastAtAMillionAbsences();
    }

    @Test
    void annualReportTimelineAndRegisterStayFastAtAMillionAbsences() {
        try (Database db = Fixtures.openQuiet(dir.resolve("big.db"))) {
            List<Person> people = new ArrayList<>();
            for (int p = 0; p < 200; p++) {
                people.add(Person.of(String.format("p%03d", p), "人员" + p, Role.DEPARTMENT_HEAD));
            }
            db.people().upsertAll(people, Fixtures.CLERK);
            Kind[] kinds = Kind.values();
            Scope[] scopes = Scope.values();
            List<Absence> all = new ArrayList<>(1_000_000);
            for (int i = 0; i < 1_000_000; i++) {
                LocalDate depart = LocalDate.of(2016, 1, 1).plusDays(i % 3650);
                all.add(Absence.builder("a" + i, people.get(i % 200).id(), kinds[i % 5], scopes[i % 4], depart,
                        depart.plusDays(i % 7)).build());
            }
            long t0 = System.nanoTime();
            db.absences().insertBatch(all, Fixtures.CLERK);
            long t1 = System.nanoTime();
            AnnualReport report = db.reports().annual(2024);
            long t2 = System.nanoTime();
            List<Absence> away = db.absences().awayOn(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7));
            long t3 = System.nanoTime();
            List<StoredAbsence> page = db.absences().findRegister(RegisterFilter.all().forPerson("p007"), 50, 0);
            long t4 = System.nanoTime();
            List<Absence> history = db.absences().history("p007");
            long t5 = System.nanoTime();
            System.out.printf("insert %d ms, report %d ms, timeline %d ms (%d rows), register page %d ms,"
                            + " history %d ms (%d rows)%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, away.size(), (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000,
                    history.size());
            assertThat(report.people()).hasSize(200);
            assertThat((t2 - t1) / 1_000_000).isLessThan(500);
            assertThat(page).hasSize(50);
        }
    }
}
