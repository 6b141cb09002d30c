package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a really full disk: a 2 MB tmpfs, mounted where the machine allows it (root on Linux) and
 * skipped elsewhere; {@code store.DiskFullTest} simulates SQLITE_FULL on every machine.
 */
class DiskFullCommandTest {
    @TempDir
    Path dir;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        mounted = exec("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString());
        assumeTrue(mounted, "mounting a tmpfs is not allowed here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            exec("umount", "-l", disk.toString());
        }
    }

    private static boolean exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    /** Writes until the disk refuses; returns the file holding the space. */
    private Path fillTheDisk() throws IOException {
        Path filler = disk.resolve("filler.bin");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            return filler;
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchAndNothingIsLeftHalfWritten() throws Exception {
        String db = disk.resolve("office.db").toString();
        Path roster = Files.writeString(dir.resolve("roster.csv"), ImportReportCommandTest.ROSTER);
        assertThat(CliRun.of("--db", db, "import", roster.toString()).status()).isZero();
        StringBuilder rows = new StringBuilder("id,person,kind,scope,depart,return,reason\n");
        for (int i = 0; i < 20_000; i++) {
            rows.append("a").append(i).append(",m,出差,省外,2026-03-02,2026-03-04,")
                    .append("赴上海参加长三角城市合作与发展论坛并考察产业园区").append('\n');
        }
        Path absences = Files.writeString(dir.resolve("absences.csv"), rows, StandardCharsets.UTF_8);
        String before = CliRun.of("--db", db, "report", "--year", "2026").out();
        Path filler = fillTheDisk();

        CliRun imported = CliRun.of("--db", db, "import", absences.toString());

        assertThat(imported.status()).isEqualTo(2);
        assertThat(imported.err().strip()).contains("磁盘已满").doesNotContain("\n").doesNotContain("Exception");
        assertThat(imported.out()).isEmpty();

        CliRun report = CliRun.of("--db", db, "report", "--year", "2026");
        assertThat(report.err()).as("reading still works on the full disk").isEmpty();
        assertThat(report.out()).isEqualTo(before);

        Path copy = disk.resolve("copy.db");
        CliRun backup = CliRun.of("--db", db, "--lang", "en", "backup", "--out", copy.toString());
        assertThat(backup.status()).isEqualTo(2);
        assertThat(backup.err().strip()).contains("disk is full").doesNotContain("\n");
        assertThat(copy).doesNotExist();
        try (Stream<Path> files = Files.list(disk)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial"));
        }

        Files.delete(filler);
        Path few = Files.writeString(dir.resolve("few.csv"), "id,person,kind,scope,depart,return\n"
                + "b1,zz,出差,省外,2026-09-01,2026-09-10\n", StandardCharsets.UTF_8);
        CliRun again = CliRun.of("--db", db, "import", few.toString());
        assertThat(again.err()).isEmpty();
        assertThat(again.status()).isZero();
    }
}
