package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore} on real files: a damaged office is always recoverable from its backups through the command line,
 * a bad or self-referring source is refused with the office untouched.
 */
class RestoreCommandTest {
    @TempDir
    Path dir;

    private Path live;
    private Path backup;
    private String atBackup;

    @BeforeEach
    void officeWithABackup() throws IOException {
        live = dir.resolve("office.db");
        Path roster = Files.writeString(dir.resolve("roster.csv"), ImportReportCommandTest.ROSTER);
        StringBuilder absences = new StringBuilder("id,person,kind,scope,depart,return\n");
        for (int i = 0; i < 1200; i++) {
            absences.append("a").append(i).append(",m,出差,省外,2026-0").append(1 + i % 9).append("-02,2026-0")
                    .append(1 + i % 9).append("-04\n");
        }
        Path csv = Files.writeString(dir.resolve("absences.csv"), absences, StandardCharsets.UTF_8);
        assertThat(run("import", roster.toString(), csv.toString()).status()).isZero();
        backup = dir.resolve("saved.db");
        assertThat(run("backup", "--out", backup.toString()).status()).isZero();
        atBackup = run("report", "--year", "2026").out();
    }

    private CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of("--db", live.toString()), Stream.of(args)).toArray(String[]::new);
        return CliRun.of(all);
    }

    @Test
    void aDamagedOfficeComesBackFromItsBackupAndTheDamagedFileIsKept() throws IOException {
        assertThat(Files.size(live)).isGreaterThan(16 * 4096);
        scribble(live, 2 * 4096, 10 * 4096);
        CliRun broken = run("report", "--year", "2026");
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).contains("已损坏");

        CliRun restored = run("restore", "--from", backup.toString());

        assertThat(restored.err()).isEmpty();
        assertThat(restored.status()).isZero();
        assertThat(restored.out()).contains("office.db.damaged-");
        assertThat(run("report", "--year", "2026").out()).isEqualTo(atBackup);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("office.db.damaged-"))
                    .noneMatch(n -> n.contains(".partial"));
        }
        assertThat(run("restore", "--from", backup.toString()).status()).as("and restores again as usual").isZero();
    }

    @Test
    void anOfficeThatTookInACheckViolationComesBackFromItsBackup() throws Exception {
        // what the old restore let in: from then on every write-open declared the file damaged
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            st.execute("UPDATE absence SET return_date = '2025-01-01' WHERE id = 'a1'");
        }
        assertThat(run("import", dir.resolve("roster.csv").toString()).err()).contains("已损坏");

        CliRun restored = run("restore", "--from", backup.toString());

        assertThat(restored.status()).isZero();
        assertThat(run("report", "--year", "2026").out()).isEqualTo(atBackup);
        Path more = Files.writeString(dir.resolve("more.csv"), "id,person,kind,scope,depart,return\n"
                + "b1,zz,出差,省外,2026-09-01,2026-09-10\n", StandardCharsets.UTF_8);
        assertThat(run("import", more.toString()).status()).isZero();
    }

    @Test
    void anOfficeWithAnImpossibleVersionComesBackFromItsBackup() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = -3");
        }
        CliRun report = run("report", "--year", "2026");
        assertThat(report.status()).isEqualTo(2);
        assertThat(report.err()).contains("已损坏").doesNotContain("\tat ");

        assertThat(run("restore", "--from", backup.toString()).status()).isZero();
        assertThat(run("report", "--year", "2026").out()).isEqualTo(atBackup);
    }

    @Test
    void theOfficeUnderAnotherNameIsRefused() throws Exception {
        Path symlink = Files.createSymbolicLink(dir.resolve("link.db"), live);
        Path hardLink = Files.createLink(dir.resolve("hard.db"), live);
        Path dotted = Files.createDirectories(dir.resolve("sub")).resolve("..").resolve("office.db");
        String before = sha256(live);
        for (Path same : List.of(dotted, symlink, hardLink)) {
            CliRun run = run("restore", "--from", same.toString());

            assertThat(run.status()).as(same.toString()).isEqualTo(2);
            assertThat(run.err().strip()).contains("这就是数据库文件").doesNotContain("\n");
        }
        assertThat(sha256(live)).isEqualTo(before);
        assertThat(run("report", "--year", "2026").out()).isEqualTo(atBackup);
    }

    @Test
    void aRefusedRestoreLeavesTheOfficeFileByteForByte() throws Exception {
        Path bad = dir.resolve("bad.db");
        Files.copy(backup, bad);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bad); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("DROP TABLE stop");
        }
        String before = sha256(live);

        CliRun run = run("--lang", "en", "restore", "--from", bad.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(sha256(live)).isEqualTo(before);
    }

    @Test
    void theAutomaticBackupsAreListedWithTheirFolder() {
        // the import in the set-up created the file; this write-open takes the day's backup of its content
        assertThat(run("import", dir.resolve("roster.csv").toString()).status()).isEqualTo(2);
        CliRun list = run("backup", "--list");

        assertThat(list.status()).isZero();
        assertThat(list.out()).contains(live + " 的自动备份（在 " + dir.resolve("backups") + "）：1 个")
                .contains("office-20261122-100000.db");
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static void scribble(Path file, long from, int length) throws IOException {
        byte[] noise = new byte[length];
        new Random(42).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(from);
            raf.write(noise);
        }
    }
}
