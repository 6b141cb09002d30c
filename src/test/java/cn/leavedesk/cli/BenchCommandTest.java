package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTinyBenchPrintsTheMachineAndOneRowPerMeasureWithItsTargetAndVerdict() {
        Path file = dir.resolve("tiny.db");
        CliRun run = CliRun.of("bench", "--absences", "2000", "--people", "50", "--years", "3", "--samples", "50",
                "--db", file.toString(), "--keep");

        assertThat(run.status()).isIn(0, 1);
        assertThat(run.out()).contains("Machine: ").contains(" cores, ").contains("2,000 absences")
                .contains("| measure | measured | target on a 2-core machine | result |")
                .contains("bulk load of the 2,000 absences").contains("≤ 15 s")
                .contains("`report --year 2026` for everyone").contains("≤ 2× the sqlite3 shell")
                .contains("one person's absences in a date range").contains("p50 ≤ 2 ms, p99 ≤ 10 ms")
                .contains("register: first page").contains("≤ 150 ms").contains("`todo` as of").contains("≤ 200 ms")
                .contains("| register filter | first page | rows |").contains("has open steps");
        assertThat(run.out()).contains("random combinations of every filter and order")
                .contains("| combination | first page, median | rows |");
        assertThat(run.out().lines().filter(l -> l.endsWith("| PASS |") || l.endsWith("| MISS |"))).hasSize(7);
        assertThat(run.out()).containsAnyOf("sqlite3 shell p50", "sqlite3 not installed");
        assertThat(file).exists();
    }

    @Test
    void withoutKeepTheDatabaseIsDeletedAfterwards() {
        Path file = dir.resolve("gone.db");
        CliRun run = CliRun.of("bench", "--absences", "500", "--people", "20", "--years", "2", "--samples", "20",
                "--db", file.toString());
        assertThat(run.status()).isIn(0, 1);
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling("gone.db.lock")).doesNotExist();
    }

    @Test
    void anExistingFileIsRefusedSoNoDatabaseIsEverOverwritten() throws Exception {
        Path file = Files.writeString(dir.resolve("precious.db"), "data");
        CliRun run = CliRun.of("bench", "--absences", "500", "--db", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("data");
    }

    @Test
    void aCountThatIsNotAPositiveNumberIsAUsageError() {
        assertThat(CliRun.of("bench", "--absences", "many").status()).isEqualTo(2);
        assertThat(CliRun.of("bench", "--people", "0").status()).isEqualTo(2);
        assertThat(CliRun.of("bench", "--frobnicate").status()).isEqualTo(2);
    }
}
