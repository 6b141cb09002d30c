package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static cn.leavedesk.store.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files offered for restore that SQLite alone would take: each one from the fault run of issue 9 (a flipped byte in
 * an enum, a CHECK violation, a dangling reference, a dropped table, an impossible version, LeaveDesk's id on an
 * empty file) and a few of the same family. Every one is refused and the open database keeps its content.
 */
class RestoreValidationTest {
    @TempDir
    Path dir;

    private Path live;
    private Path good;

    @BeforeEach
    void officeAndItsBackup() {
        live = dir.resolve("leavedesk.db");
        good = dir.resolve("good.db");
        try (Database db = Fixtures.openQuiet(live)) {
            db.people().upsertAll(Fixtures.roster(), CLERK);
            db.absences().insert(trip("t1", "m", "2026-03-02", "2026-03-04"), CLERK);
            db.absences().insert(trip("t2", "ev", "2026-04-02", "2026-04-04"), CLERK);
            db.backups().backupTo(good);
            db.absences().insert(trip("t3", "v1", "2026-05-02", "2026-05-04"), CLERK);
        }
    }

    static Stream<Arguments> tamperedBackups() {
        return Stream.of(
                Arguments.of("absence.status AC\\xabIVE",
                        List.of("UPDATE absence SET status = CAST(X'4143AB495645' AS TEXT) WHERE id = 't1'")),
                Arguments.of("summary kind BUSINESS_TR\\xb6P",
                        List.of("UPDATE absence_year_summary SET kind = CAST(X'425553494E4553535F5452B650' AS TEXT)")),
                Arguments.of("return before departure",
                        List.of("UPDATE absence SET return_date = '2026-03-01' WHERE id = 't1'")),
                Arguments.of("dangling person", List.of("UPDATE absence SET person = 'nobody' WHERE id = 't1'")),
                Arguments.of("dropped table", List.of("DROP TABLE stop")),
                Arguments.of("negative user_version", List.of("PRAGMA user_version = -3")),
                Arguments.of("version 0 with tables", List.of("PRAGMA user_version = 0")),
                Arguments.of("too new", List.of("PRAGMA user_version = 999")),
                Arguments.of("older version number on the latest schema", List.of("PRAGMA user_version = 1")),
                Arguments.of("extra trigger", List.of("CREATE TRIGGER wipe AFTER INSERT ON audit BEGIN"
                        + " DELETE FROM absence; END")),
                Arguments.of("index changed", List.of("DROP INDEX audit_at", "CREATE INDEX audit_at ON audit (actor)")),
                Arguments.of("foreign application id", List.of("PRAGMA application_id = 7")),
                Arguments.of("no date", List.of("UPDATE absence SET filed = '2026-02-30' WHERE id = 't1'")),
                Arguments.of("no timestamp", List.of("UPDATE audit SET at = '2026-11-03T25:00:00Z'")),
                Arguments.of("unknown event type", List.of("UPDATE absence_event SET type = 'FILED\u00b6'")),
                Arguments.of("unknown chain party", List.of("INSERT INTO chain_step (absence, seq, action, party,"
                        + " article) VALUES ('t1', 9, 'APPROVE', 'EMPEROR', 'art. 1')")),
                Arguments.of("state row disagrees with its absence",
                        List.of("UPDATE absence_state SET person = 'ev' WHERE absence = 't1'")),
                Arguments.of("absence without its state row", List.of("DELETE FROM absence_state WHERE absence = 't1'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperedBackups")
    void aTamperedBackupIsRefusedAndTheDatabaseKeepsItsContent(String what, List<String> sql) throws Exception {
        Path bad = dir.resolve("bad.db");
        Files.copy(good, bad);
        tamper(bad, sql);
        byte[] badBytes = Files.readAllBytes(bad);

        try (Database db = Fixtures.openQuiet(live)) {
            assertThatThrownBy(() -> db.backups().restoreFrom(bad, CLERK))
                    .isInstanceOf(InvalidBackupException.class)
                    .hasMessageContaining("当前数据库未作任何改动");
            assertThat(db.absences().find("t3")).isPresent();
            assertThat(db.audit().recent(10)).noneMatch(e -> e.action().equals("RESTORE"));
            assertThat(db.backups().list()).as("nothing is saved when nothing is replaced").isEmpty();
        }
        assertThat(Files.readAllBytes(bad)).as("the offered file is only read").isEqualTo(badBytes);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileWithLeaveDesksIdAndVersionButNoTablesIsRefused() throws Exception {
        Path empty = dir.resolve("empty.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + Migrations.latest());
        }
        try (Database db = Fixtures.openQuiet(live)) {
            assertThatThrownBy(() -> db.backups().restoreFrom(empty, CLERK))
                    .isInstanceOf(InvalidBackupException.class)
                    .hasMessageContaining("数据结构与版本 " + Migrations.latest() + " 的不符");
        }
    }

    @Test
    void sqliteSeesCheckViolationsOnlyOnAReadWriteConnectionSoTheCheckUsesOne() throws Exception {
        Path bad = dir.resolve("bad.db");
        Files.copy(good, bad);
        tamper(bad, List.of("UPDATE absence SET status = 'AC?IVE' WHERE id = 't1'"));
        try (Connection c = ConnectionFactory.open(bad, AccessMode.READ_ONLY)) {
            assertThat(Database.checkResult(c, "PRAGMA integrity_check")).isEmpty();
        }
        assertThatThrownBy(() -> Backups.validate(bad))
                .isInstanceOf(InvalidBackupException.class)
                .hasMessageContaining("CHECK constraint failed in absence");
    }

    @Test
    void theClientsBackgroundCheckSeesCheckViolationsToo() throws Exception {
        tamper(live, List.of("UPDATE absence SET status = 'AC?IVE' WHERE id = 't1'"));
        StoreOptions client = Fixtures.quietOptions().withCheckAtOpen(StoreOptions.CheckAtOpen.AFTER_UNCLEAN_SHUTDOWN);
        try (Database db = Database.open(live, client)) {
            assertThat(db.quickCheckAside()).singleElement().asString().contains("CHECK constraint failed in absence");
        }
    }

    @Test
    void theExpectedSchemaOfEachVersionIsWhatItsMigrationsMake() throws Exception {
        try (Database db = Fixtures.openQuiet(live)) {
            assertThat(db.read(ExpectedSchema::of)).isEqualTo(ExpectedSchema.forVersion(Migrations.latest()));
        }
        assertThat(ExpectedSchema.forVersion(1)).extracting(ExpectedSchema.Entry::name)
                .contains("absence_person_depart").doesNotContain("absence_year_summary");
        assertThat(ExpectedSchema.normalise("CREATE TABLE x (\n  a TEXT, -- note\n  b INT /* c */ )"))
                .isEqualTo(ExpectedSchema.normalise("create table x(a text,b int)"));
    }

    @Test
    void theRestoresAuditEntryTravelsInTheRestoredContent() throws Exception {
        try (RestoreCandidate candidate = RestoreCandidate.prepare(good, live)) {
            candidate.recordRestore(CLERK, Instant.parse("2026-11-03T01:30:00Z"), Map.of("source", good.toString()));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + candidate.file());
                 Statement st = c.createStatement()) {
                var rs = st.executeQuery("SELECT action, actor FROM audit ORDER BY id DESC LIMIT 1");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("RESTORE");
                assertThat(rs.getString(2)).isEqualTo(CLERK.name());
            }
            assertThat(Files.exists(candidate.file().resolveSibling(candidate.file().getFileName() + "-wal")))
                    .as("the copy is one self-contained file").isFalse();
        }
        assertThat(leftovers()).isEmpty();

        try (Database db = Fixtures.openQuiet(live)) {
            Path previous = db.backups().restoreFrom(good, CLERK);
            assertThat(db.audit().recent(1)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("RESTORE");
                assertThat(e.detailJson()).contains(previous.getFileName().toString());
            });
            assertThat(db.absences().find("t3")).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + good); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM audit WHERE action = 'RESTORE'");
            assertThat(rs.getInt(1)).as("the backup itself is not written to").isZero();
        }
    }

    @Test
    void theDatabaseUnderAnotherNameIsNotABackupOfItself() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path dotted = sub.resolve("..").resolve("leavedesk.db");
        Path symlink = Files.createSymbolicLink(dir.resolve("link.db"), live);
        Path hardLink = Files.createLink(dir.resolve("hard.db"), live);
        try (Database db = Fixtures.openQuiet(live)) {
            for (Path same : List.of(dotted, symlink, hardLink)) {
                assertThatThrownBy(() -> db.backups().restoreFrom(same, CLERK)).as(same.toString())
                        .isInstanceOf(InvalidBackupException.class)
                        .hasMessageContaining("这就是数据库文件");
            }
            assertThat(db.absences().find("t3")).isPresent();
            assertThat(db.backups().list()).isEmpty();
        }
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".partial")).toList();
        }
    }

    /** Changes a file the way a hostile or broken tool might: with the checks SQLite would apply switched off. */
    static void tamper(Path file, List<String> sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("PRAGMA ignore_check_constraints = ON");
            st.execute("PRAGMA journal_mode = DELETE");
            for (String statement : sql) {
                st.execute(statement);
            }
        }
    }
}
