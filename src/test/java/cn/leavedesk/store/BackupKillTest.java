package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.register.RegisterFilter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of taking backups: a file under a backup's name is always a whole backup, and what a
 * kill leaves (hidden temporary files) never counts as a backup and is cleared by the next writable open.
 */
class BackupKillTest {
    private static final int ABSENCES = 20_000;

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void anOfficeLargeEnoughThatACopyTakesAWhile() {
        file = dir.resolve("office.db");
        List<Absence> trips = new ArrayList<>();
        for (int i = 0; i < ABSENCES; i++) {
            trips.add(Fixtures.trip("t" + i, "m", "2026-03-02", "2026-03-04"));
        }
        try (Database db = Fixtures.withRoster(file)) {
            db.absences().insertBatch(trips, CLERK);
        }
    }

    @Test
    void killedManualBackupsAreWholeOrAbsent() throws Exception {
        killManual(2);
    }

    @Test
    void killedRotatingBackupsAreWholeOrAbsentAndTheirLeftoversAreCleared() throws Exception {
        killRotating(2);
    }

    @Test
    @Tag("slow")
    void manyKilledBackups() throws Exception {
        killManual(15);
        killRotating(15);
    }

    private void killManual(int rounds) throws Exception {
        Random random = new Random(9);
        Path out = Files.createDirectories(dir.resolve("usb"));
        for (int round = 0; round < rounds; round++) {
            runAndKill(random, "manual", file.toString(), out.toString());
            try (Stream<Path> files = Files.list(out)) {
                for (Path copy : files.filter(p -> p.getFileName().toString().matches("copy-\\d+\\.db")).toList()) {
                    assertWhole(copy);
                }
            }
        }
    }

    private void killRotating(int rounds) throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < rounds; round++) {
            runAndKill(random, "rotating", file.toString());
            try (Database db = Database.open(file, Fixtures.quietOptions().withBackupsToKeep(3))) {
                for (Path backup : db.backups().list()) {
                    assertWhole(backup);
                }
                try (Stream<Path> files = Files.list(db.backups().folder())) {
                    assertThat(files.map(p -> p.getFileName().toString()))
                            .as("round %d: leftovers cleared at open", round)
                            .noneMatch(n -> n.contains(".partial") || n.endsWith("-journal"));
                }
                assertThat(db.backups().list()).hasSizeLessThanOrEqualTo(3);
            }
        }
    }

    private void assertWhole(Path backup) {
        try (Database copy = Database.openReadOnly(backup, Fixtures.quietOptions())) {
            assertThat(copy.integrityCheck()).as(backup.toString()).isEmpty();
            assertThat(copy.absences().countRegister(RegisterFilter.all())).as(backup.toString()).isEqualTo(ABSENCES);
        }
    }

    /** Starts the killer, lets it finish at least one backup, then kills it at a random moment. */
    private void runAndKill(Random random, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                BackupKiller.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CountDownLatch firstDone = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    firstDone.countDown();
                }
            } catch (java.io.IOException e) {
                // the pipe breaks when the process dies
            }
        });
        reader.start();
        assertThat(firstDone.await(30, TimeUnit.SECONDS)).as("the killer took a backup").isTrue();
        Thread.sleep(random.nextInt(300));
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
    }
}
