package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static cn.leavedesk.store.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterFilter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-03T01:30:00Z");

    private StoreOptions options() {
        return StoreOptions.defaults().withClock(clock).withBackupsToKeep(3);
    }

    @Test
    void dailyBackupIsTakenOnceADayAndOnlyTheNewestAreKept() {
        Path file = dir.resolve("leavedesk.db");
        Fixtures.withRoster(file).close();
        List<String> names = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int open = 0; open < 2; open++) {
                try (Database db = Database.open(file, options())) {
                    names.add(db.backups().list().get(0).getFileName().toString());
                }
                clock.advance(Duration.ofHours(1));
            }
            clock.advance(Duration.ofHours(22));
        }
        assertThat(names).first().isEqualTo("leavedesk-20261103-093000.db");
        assertThat(names.stream().distinct()).hasSize(5);
        assertThat(Backups.listFor(dir.resolve("backups"), file)).extracting(p -> p.getFileName().toString())
                .containsExactly("leavedesk-20261107-093000.db", "leavedesk-20261106-093000.db",
                        "leavedesk-20261105-093000.db");
    }

    @Test
    void emptyNewDatabaseIsNotBackedUp() {
        try (Database db = Database.open(dir.resolve("leavedesk.db"), options())) {
            assertThat(db.backups().list()).isEmpty();
        }
    }

    @Test
    void manualBackupIsACompleteCopyAndRestoreBringsItBack() {
        Path file = dir.resolve("leavedesk.db");
        Path usb = dir.resolve("usb/副本 2026.db");
        try (Database db = Database.open(file, options().withAutoBackup(AutoBackup.OFF))) {
            db.people().upsertAll(Fixtures.roster(), CLERK);
            db.absences().insert(trip("t1", "m", "2026-03-02", "2026-03-04"), CLERK);
            assertThat(db.backups().backupTo(usb)).isEqualTo(usb.toAbsolutePath());
            assertThatThrownBy(() -> db.backups().backupTo(usb)).isInstanceOf(StorageFailureException.class);

            db.absences().cancel("t1", "误录", CLERK);
            db.absences().insert(trip("t2", "ev", "2026-04-02", "2026-04-04"), CLERK);

            Path previous = db.backups().restoreFrom(usb, CLERK);

            assertThat(db.absences().find("t1").orElseThrow().state()).isEqualTo(AbsenceState.ACTIVE);
            assertThat(db.absences().find("t2")).isEmpty();
            assertThat(db.reports().forPerson("m", 2026).orElseThrow().daysAway()).isEqualTo(3);
            assertThat(db.audit().recent(1)).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("RESTORE"));
            assertThat(previous.getFileName().toString()).endsWith("-before-restore.db");
            assertThat(db.integrityCheck()).isEmpty();
            db.absences().insert(trip("t3", "ev", "2026-05-02", "2026-05-04"), CLERK);
        }
        try (Database db = Database.open(file, options())) {
            assertThat(db.absences().find("t3")).isPresent();
            assertThat(db.absences().find("t2")).isEmpty();
        }
    }

    @Test
    void restoreRefusesDamagedForeignAndMissingFilesAndChangesNothing() throws Exception {
        Path file = dir.resolve("leavedesk.db");
        Path good = dir.resolve("good.db");
        try (Database db = Database.open(file, options().withAutoBackup(AutoBackup.OFF))) {
            db.people().upsertAll(Fixtures.roster(), CLERK);
            for (int i = 0; i < 400; i++) {
                db.absences().insert(trip("t" + i, "m", "2026-03-02", "2026-03-04"), CLERK);
            }
            db.backups().backupTo(good);
        }
        Path damaged = dir.resolve("damaged.db");
        Files.copy(good, damaged);
        scribble(damaged, 3 * 4096, 20 * 4096);
        Path garbage = dir.resolve("garbage.db");
        Files.write(garbage, "这不是数据库".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE x (y)");
            st.execute("PRAGMA user_version = 1");
        }

        try (Database db = Database.open(file, options().withAutoBackup(AutoBackup.OFF))) {
            for (Path bad : List.of(damaged, garbage, foreign, dir.resolve("missing.db"), file)) {
                assertThatThrownBy(() -> db.backups().restoreFrom(bad, CLERK))
                        .as(bad.toString())
                        .isInstanceOf(InvalidBackupException.class)
                        .hasMessageContaining("当前数据库未作任何改动");
            }
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(400);
            assertThat(db.backups().list()).isEmpty();
        }
    }

    @Test
    void damagedDatabaseIsReportedWithTheLatestGoodBackup() throws Exception {
        Path file = dir.resolve("leavedesk.db");
        try (Database db = Database.open(file, options())) {
            db.people().upsertAll(Fixtures.roster(), CLERK);
            for (int i = 0; i < 400; i++) {
                db.absences().insert(trip("t" + i, "m", "2026-03-02", "2026-03-04"), CLERK);
            }
        }
        clock.advance(Duration.ofDays(1));
        Path goodBackup;
        try (Database db = Database.open(file, options())) {
            goodBackup = db.backups().list().get(0);
        }
        clock.advance(Duration.ofDays(1));
        // a newer backup that is itself damaged must be skipped over
        Path brokenNewer = dir.resolve("backups/leavedesk-20261109-000000.db");
        Files.copy(goodBackup, brokenNewer);
        scribble(brokenNewer, 0, 4096);

        scribble(file, 3 * 4096, 30 * 4096);
        assertThatThrownBy(() -> Database.open(file, options()))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("已损坏")
                .hasMessageContaining(goodBackup.getFileName().toString())
                .satisfies(e -> assertThat(((DatabaseDamagedException) e).latestGoodBackup()).contains(goodBackup));

        // the refused open let go of the lock, so the clerk can restore right away
        Files.copy(goodBackup, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(file.resolveSibling("leavedesk.db-wal"));
        Files.deleteIfExists(file.resolveSibling("leavedesk.db-shm"));
        try (Database db = Database.open(file, options())) {
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(400);
        }
    }

    @Test
    void fileWhoseHeaderIsOverwrittenIsDamagedToo() throws Exception {
        Path file = dir.resolve("leavedesk.db");
        Fixtures.withRoster(file).close();
        scribble(file, 0, 100);
        assertThatThrownBy(() -> Fixtures.openQuiet(file)).isInstanceOf(DatabaseDamagedException.class)
                .satisfies(e -> assertThat(((DatabaseDamagedException) e).latestGoodBackup()).isEmpty())
                .hasMessageContaining("没有找到完好的备份");
    }

    @Test
    void databasesInOneFolderKeepTheirOwnBackups() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        Fixtures.withRoster(a).close();
        try (Database db = Fixtures.withRoster(b)) {
            for (int i = 0; i < 400; i++) {
                db.absences().insert(trip("t" + i, "m", "2026-03-02", "2026-03-04"), CLERK);
            }
        }
        Path aBackup;
        Path bBackup;
        try (Database db = Database.open(a, options())) {
            aBackup = db.backups().list().get(0);
        }
        try (Database db = Database.open(b, options())) {
            assertThat(db.backups().list()).as("a.db's backup is not b.db's backup of today").hasSize(1);
            bBackup = db.backups().list().get(0);
        }
        assertThat(aBackup.getFileName().toString()).isEqualTo("a-20261103-093000.db");
        assertThat(bBackup.getFileName().toString()).isEqualTo("b-20261103-093000.db");

        scribble(b, 3 * 4096, 30 * 4096);
        assertThatThrownBy(() -> Database.open(b, options()))
                .isInstanceOf(DatabaseDamagedException.class)
                .satisfies(e -> assertThat(((DatabaseDamagedException) e).latestGoodBackup()).contains(bBackup));
    }

    @Test
    void aBackupCutOffByAKillNeitherCountsAsTodaysNorStaysAround() throws Exception {
        Path file = dir.resolve("leavedesk.db");
        Fixtures.withRoster(file).close();
        Path folder = Files.createDirectories(dir.resolve("backups"));
        // what a kill left: older versions wrote under the final name (with SQLite's journal beside it), this one
        // under a temporary name; and a restore copy beside the database
        Path cutOff = Files.writeString(folder.resolve("leavedesk-20261103-080000.db"), "half");
        Files.writeString(folder.resolve("leavedesk-20261103-080000.db-journal"), "journal");
        Path temporary = Files.writeString(folder.resolve(".leavedesk-20261103-083000.db.123.partial"), "half");
        Path temporaryJournal = Files.writeString(folder.resolve(".leavedesk-20261103-083000.db.123.partial-journal"),
                "journal");
        Path strayJournal = Files.writeString(folder.resolve("leavedesk-20261101-080000.db-journal"), "journal");
        Path restoreCopy = Files.writeString(dir.resolve(".leavedesk.db.456.partial"), "copy");
        Path othersTemporary = Files.writeString(folder.resolve(".other-20261103-083000.db.1.partial"), "not ours");

        try (Database db = Database.open(file, options())) {
            assertThat(db.backups().list()).extracting(p -> p.getFileName().toString())
                    .containsExactly("leavedesk-20261103-093000.db");
        }
        for (Path gone : List.of(cutOff, temporary, temporaryJournal, strayJournal, restoreCopy)) {
            assertThat(gone).as(gone.toString()).doesNotExist();
        }
        assertThat(othersTemporary).exists();
    }

    @Test
    void rotationKeepsTheBackupsWithinTheirTotalSizeAndAlwaysTheNewest() throws Exception {
        Path file = dir.resolve("leavedesk.db");
        Fixtures.withRoster(file).close();
        StoreOptions small = options().withBackupsToKeep(10).withBackupsMaxBytes(0);
        for (int day = 0; day < 3; day++) {
            try (Database db = Database.open(file, small)) {
                assertThat(db.backups().list()).hasSize(1);
            }
            clock.advance(Duration.ofDays(1));
        }
        long size;
        try (Database db = Database.open(file, options().withAutoBackup(AutoBackup.OFF))) {
            size = Files.size(db.backups().list().get(0));
        }
        StoreOptions twoAndAHalf = options().withBackupsToKeep(10).withBackupsMaxBytes(size * 5 / 2);
        for (int day = 0; day < 4; day++) {
            try (Database db = Database.open(file, twoAndAHalf)) {
                assertThat(db.backups().list()).hasSizeLessThanOrEqualTo(2);
            }
            clock.advance(Duration.ofDays(1));
        }
        assertThat(Backups.listFor(dir.resolve("backups"), file)).hasSize(2);
    }

    @Test
    void aManualBackupThatFailsLeavesNothingUnderItsName() throws Exception {
        Path file = dir.resolve("leavedesk.db");
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where a folder should be");
        try (Database db = Fixtures.withRoster(file)) {
            assertThatThrownBy(() -> db.backups().backupTo(blocked.resolve("copy.db")))
                    .isInstanceOf(StorageFailureException.class);
            Path target = dir.resolve("copy.db");
            db.backups().backupTo(target);
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial"));
            }
            assertThat(Files.size(target)).isPositive();
            // rollback-journal mode in the header (bytes 18 and 19 are 1, WAL would be 2): the copy stays one file
            byte[] header = Files.readAllBytes(target);
            assertThat(new byte[] {header[18], header[19]}).containsExactly(1, 1);
        }
    }

    @Test
    void aDamagedDatabaseIsNeverOfferedABackupThatRestoreWouldRefuse() throws Exception {
        Path file = dir.resolve("leavedesk.db");
        try (Database db = Fixtures.withRoster(file)) {
            for (int i = 0; i < 400; i++) {
                db.absences().insert(trip("t" + i, "m", "2026-03-02", "2026-03-04"), CLERK);
            }
        }
        Path good;
        try (Database db = Database.open(file, options())) {
            good = db.backups().list().get(0);
        }
        // newer, sound pages, but a row SQLite's read-only check does not see: the old check recommended it
        Path newer = dir.resolve("backups/leavedesk-20261104-000000.db");
        Files.copy(good, newer);
        RestoreValidationTest.tamper(newer, List.of("UPDATE absence SET return_date = '2026-01-01' WHERE id = 't1'"));

        scribble(file, 3 * 4096, 30 * 4096);
        assertThatThrownBy(() -> Database.open(file, options()))
                .isInstanceOf(DatabaseDamagedException.class)
                .satisfies(e -> assertThat(((DatabaseDamagedException) e).latestGoodBackup()).contains(good));
        Backups.replaceDamaged(file, good, CLERK, clock);
        try (Database db = Database.open(file, options())) {
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(400);
            assertThat(db.audit().recent(1)).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("RESTORE"));
        }
    }

    /** Overwrites part of a file with random bytes. */
    private static void scribble(Path file, long from, int length) throws IOException {
        byte[] noise = new byte[length];
        new Random(42).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(from);
            raf.write(noise);
        }
    }
}
