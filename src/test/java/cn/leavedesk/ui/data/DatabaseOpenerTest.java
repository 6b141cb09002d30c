package cn.leavedesk.ui.data;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.RecordingDialogService;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOpenerTest {
    private static final StoreOptions OPTIONS = StoreOptions.defaults().withAutoBackup(AutoBackup.OFF)
            .withClock(Clock.fixed(Instant.parse("2026-11-03T08:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private Optional<Database> open(Path file) {
        return new DatabaseOpener(dialogs, OPTIONS).open(file);
    }

    private Path withOnePerson() {
        Path file = dir.resolve("office.db");
        try (Database db = Database.open(file, OPTIONS)) {
            db.people().upsert(Person.of("m", "王建国", Role.MAYOR), Actor.of("李文"));
        }
        return file;
    }

    @Test
    void aFreeFileOpensWithoutQuestions() {
        try (Database db = open(withOnePerson()).orElseThrow()) {
            assertThat(db.isReadOnly()).isFalse();
            assertThat(dialogs.confirmations).isEmpty();
            assertThat(dialogs.errors).isEmpty();
        }
    }

    @Test
    void aFileHeldByAnotherWindowIsOfferedReadOnly() {
        Path file = withOnePerson();
        try (Database other = Database.open(file, OPTIONS)) {
            Optional<Database> opened = open(file);

            assertThat(dialogs.confirmations).containsExactly(tr("open.inUse.message", file.toAbsolutePath()));
            assertThat(opened).hasValueSatisfying(db -> {
                assertThat(db.isReadOnly()).isTrue();
                assertThat(db.people().find("m")).isPresent();
                db.close();
            });
        }
    }

    @Test
    void decliningReadOnlyMeansQuit() {
        Path file = withOnePerson();
        dialogs.answeringConfirmationsWith(false);
        try (Database other = Database.open(file, OPTIONS)) {
            assertThat(open(file)).isEmpty();
            assertThat(dialogs.confirmations).hasSize(1);
        }
    }

    @Test
    void aFileFromANewerLeaveDeskIsExplainedAndNotOpened() throws Exception {
        Path file = withOnePerson();
        int newer = Database.latestSchemaVersion() + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + newer);
        }

        assertThat(open(file)).isEmpty();

        assertThat(dialogs.errors).containsExactly(
                tr("open.tooNew.message", file.toAbsolutePath(), newer, Database.latestSchemaVersion()));
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void aDamagedFileIsReplacedByTheLatestGoodBackupWhenTheClerkAgrees() throws Exception {
        Path file = withOnePerson();
        Path backup = dir.resolve("backups").resolve("office-20261102-170000.db");
        try (Database db = Database.open(file, OPTIONS)) {
            db.backups().backupTo(backup);
        }
        scribble(file);

        Optional<Database> opened = open(file);

        assertThat(dialogs.confirmations).containsExactly(
                tr("open.damaged.message", file.toAbsolutePath(), backup.getFileName()));
        assertThat(opened).hasValueSatisfying(db -> {
            assertThat(db.people().find("m")).isPresent();
            db.close();
        });
        assertThat(dialogs.informations).hasSize(1);
        assertThat(dir.resolve("office.db.damaged-20261103-080000")).exists();
    }

    @Test
    void aDamagedFileIsLeftAloneWhenTheClerkQuits() throws Exception {
        Path file = withOnePerson();
        try (Database db = Database.open(file, OPTIONS)) {
            db.backups().backupTo(dir.resolve("backups").resolve("office-20261102-170000.db"));
        }
        scribble(file);
        byte[] damaged = Files.readAllBytes(file);
        dialogs.answeringConfirmationsWith(false);

        assertThat(open(file)).isEmpty();

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void aDamagedFileWithoutABackupIsExplained() throws Exception {
        Path file = withOnePerson();
        scribble(file);

        assertThat(open(file)).isEmpty();

        assertThat(dialogs.errors).containsExactly(tr("open.damaged.noBackup", file.toAbsolutePath()));
    }

    private static void scribble(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(0);
            raf.write(new byte[100]);
        }
    }
}
