package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * One flipped byte anywhere in a backup: {@code restore} either refuses it and leaves the office file exactly as it
 * was, or takes it and then every command still works on the office: {@code report}, {@code export}, {@code import}
 * and another {@code restore}. Runs the real command line on real files.
 */
class RestoreCorruptionProperties {
    private static Path template;
    private static long backupSize;

    @BeforeContainer
    static void officeAndItsBackup() throws IOException {
        template = Files.createTempDirectory("leavedesk-corruption");
        Path roster = Files.writeString(template.resolve("roster.csv"), ImportReportCommandTest.ROSTER);
        StringBuilder rows = new StringBuilder("id,person,kind,scope,status,depart,return,destination,stops\n");
        String[] kinds = {"出差", "出访", "休假", "外出"};
        String[] scopes = {"省外", "境外", "市内", "省内"};
        for (int i = 0; i < 60; i++) {
            String person = i % 3 == 0 ? "m" : i % 3 == 1 ? "v1" : "d1";
            String kind = kinds[i % 4];
            String scope = kind.equals("出访") ? "境外" : scopes[i % 4].equals("境外") ? "省外" : scopes[i % 4];
            rows.append("a").append(i).append(',').append(person).append(',').append(kind).append(',').append(scope)
                    .append(',').append(i % 7 == 0 ? "已取消" : "有效").append(",2026-").append(String.format("%02d", 1 + i % 12))
                    .append("-03,2026-").append(String.format("%02d", 1 + i % 12)).append("-06,")
                    .append(kind.equals("出访") ? "英国,GB;AE:transit" : "上海,").append('\n');
        }
        Path absences = Files.writeString(template.resolve("absences.csv"), rows, StandardCharsets.UTF_8);
        Path live = template.resolve("office.db");
        CliRun imported = CliRun.of("--db", live.toString(), "import", roster.toString(), absences.toString());
        assertThat(imported.err()).isEmpty();
        Path backup = template.resolve("backup.db");
        assertThat(CliRun.of("--db", live.toString(), "backup", "--out", backup.toString()).status()).isZero();
        backupSize = Files.size(backup);
        Files.writeString(template.resolve("more.csv"), "id,person,kind,scope,depart,return\n"
                + "z1,zz,出差,省外,2026-10-01,2026-10-03\n", StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void removeTemplate() throws IOException {
        try (Stream<Path> files = Files.walk(template)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.longs().between(0, backupSize - 1);
    }

    @Provide
    Arbitrary<Integer> masks() {
        return Arbitraries.integers().between(1, 255);
    }

    @Property(tries = 25)
    void aCorruptBackupIsRefusedOrLeavesAWorkingOffice(@ForAll("offsets") long offset, @ForAll("masks") int mask)
            throws Exception {
        restoreWithOneByteFlipped(offset, mask);
    }

    @Property(tries = 1000)
    @Tag("slow")
    void manyCorruptBackups(@ForAll("offsets") long offset, @ForAll("masks") int mask) throws Exception {
        restoreWithOneByteFlipped(offset, mask);
    }

    private static void restoreWithOneByteFlipped(long offset, int mask) throws Exception {
        Path dir = Files.createTempDirectory(template.getParent(), "leavedesk-try");
        try {
            Path live = dir.resolve("office.db");
            Path good = dir.resolve("good.db");
            Path corrupt = dir.resolve("corrupt.db");
            Files.copy(template.resolve("office.db"), live);
            Files.copy(template.resolve("backup.db"), good);
            Files.copy(good, corrupt, StandardCopyOption.REPLACE_EXISTING);
            try (RandomAccessFile raf = new RandomAccessFile(corrupt.toFile(), "rw")) {
                raf.seek(offset);
                int b = raf.read();
                raf.seek(offset);
                raf.write(b ^ mask);
            }
            String db = live.toString();
            String before = RestoreCommandTest.sha256(live);
            String reportBefore = CliRun.of("--db", db, "report", "--year", "2026").out();

            CliRun restore = CliRun.of("--db", db, "restore", "--from", corrupt.toString());

            String where = "byte " + offset + " ^ " + mask + ": " + restore.err();
            Statistics.collect(restore.status() == 0 ? "accepted" : "refused");
            if (restore.status() != 0) {
                assertThat(restore.status()).as(where).isEqualTo(2);
                assertThat(restore.err().strip()).as(where).contains("当前数据库未作任何改动").doesNotContain("\n");
                assertThat(RestoreCommandTest.sha256(live)).as(where).isEqualTo(before);
                assertThat(CliRun.of("--db", db, "report", "--year", "2026").out()).as(where).isEqualTo(reportBefore);
                return;
            }
            for (String[] command : new String[][] {
                    {"report", "--year", "2026"},
                    {"export", "--what", "register", "--out", dir.resolve("register.csv").toString()},
                    {"export", "--what", "annual", "--year", "2026", "--out", dir.resolve("annual.xlsx").toString()},
                    {"import", template.resolve("more.csv").toString()},
                    {"restore", "--from", good.toString()},
                    {"report", "--year", "2026", "--format", "csv"}}) {
                String[] args = Stream.concat(Stream.of("--db", db), Stream.of(command)).toArray(String[]::new);
                CliRun run = CliRun.of(args);
                assertThat(run.status()).as(where + " then " + String.join(" ", command) + ": " + run.err()).isZero();
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
