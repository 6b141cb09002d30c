package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.register.RegisterFilter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process at random moments and checks that every reopen finds an intact file holding exactly the
 * committed transactions: at least as many as the writer reported, and never part of one.
 */
class CrashTest {

    @TempDir
    Path dir;

    /** Three kills in the default suite, so that every build sees a crash mid-save. */
    @Test
    void killedWriterNeverLeavesHalfATransactionOrADamagedFile() throws Exception {
        killAndCheck(3, 3, TimeUnit.SECONDS.toNanos(30));
    }

    /** Twenty kills at random moments: `-Dtest.excluded=bench` runs it. */
    @Test
    @Tag("slow")
    void twentyKilledWritersNeverLeaveHalfATransactionOrADamagedFile() throws Exception {
        killAndCheck(20, 10, TimeUnit.SECONDS.toNanos(50));
    }

    private void killAndCheck(int wantedRounds, int minimumRounds, long budgetNanos) throws Exception {
        Path file = dir.resolve("crash.db");
        Random random = new Random(20261103L);
        long start = System.nanoTime();
        int rounds = 0;
        long lastStored = 0;
        while (rounds < wantedRounds && System.nanoTime() - start < budgetNanos) {
            long printed = runAndKill(file, random);
            try (Database db = Database.open(file, Fixtures.quietOptions())) {
                assertThat(db.integrityCheck()).as("round %d", rounds).isEmpty();
                long stored = db.absences().countRegister(RegisterFilter.all());
                assertThat(stored % CrashWriter.BATCH).as("round %d: no half batch", rounds).isZero();
                assertThat(stored).as("round %d: every reported commit survived", rounds)
                        .isGreaterThanOrEqualTo(printed).isGreaterThanOrEqualTo(lastStored);
                long counted = db.reports().forPerson(CrashWriter.PERSON, 2026)
                        .map(y -> y.absences().getOrDefault(Kind.BUSINESS_TRIP, 0)).orElse(0).longValue();
                assertThat(counted).as("round %d: summary in step", rounds).isEqualTo(stored);
                lastStored = stored;
            }
            rounds++;
        }
        assertThat(rounds).isGreaterThanOrEqualTo(minimumRounds);
        assertThat(lastStored).as("the writer got somewhere").isPositive();
    }

    /** Starts a writer, kills it at a random moment and returns the last count it reported. */
    private long runAndKill(Path file, Random random) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicLong printed = new AtomicLong();
        CountDownLatch firstCommit = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("COMMITTED ")) {
                        printed.set(Long.parseLong(line.substring("COMMITTED ".length()).trim()));
                        firstCommit.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe breaks when the process dies
            }
        });
        reader.start();
        if (random.nextInt(4) == 0) {
            // sometimes during start-up: opening, migrating, the first transaction
            Thread.sleep(100 + random.nextInt(700));
        } else {
            assertThat(firstCommit.await(20, TimeUnit.SECONDS)).as("writer started").isTrue();
            // another process holds the file: a second window is turned away, not let in to corrupt it
            assertThatThrownBy(() -> Database.open(file, Fixtures.quietOptions()))
                    .isInstanceOf(DatabaseInUseException.class);
            Thread.sleep(random.nextInt(400));
        }
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        return printed.get();
    }
}
