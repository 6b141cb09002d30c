package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path dir;

    /** Builds a file exactly as LeaveDesk's first release left it, with data written through V1's own tables. */
    private Path versionOneFileWithData() throws SQLException {
        Path file = dir.resolve("leavedesk.db");
        try (Connection c = ConnectionFactory.open(file, AccessMode.READ_WRITE)) {
            c.setAutoCommit(false);
            Migrations.apply(c, Migrations.ALL.get(0), Instant.parse("2025-01-01T00:00:00Z"));
            try (Statement st = c.createStatement()) {
                st.execute("""
                        INSERT INTO person (id, name, role, created_at, updated_at) VALUES
                          ('d1', '钱局长', 'DEPARTMENT_HEAD', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
                          ('v1', '赵副市长', 'VICE_MAYOR', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
                          ('z9', '孙主任', 'OFFICE_DIRECTOR', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')""");
                st.execute("""
                        INSERT INTO absence (id, person, kind, scope, status, depart, return_date, created_at,
                                             created_by) VALUES
                          ('a1', 'd1', 'BUSINESS_TRIP', 'OUTSIDE_PROVINCE', 'ACTIVE', '2025-12-30', '2026-01-02', '2025-01-01T00:00:00Z', 'x'),
                          ('a2', 'd1', 'LEAVE', 'WITHIN_CITY', 'ACTIVE', '2026-03-02', '2026-03-10', '2025-01-01T00:00:00Z', 'x'),
                          ('a3', 'v1', 'OFFICIAL_VISIT', 'ABROAD', 'ACTIVE', '2026-05-01', '2026-05-05', '2025-01-01T00:00:00Z', 'x'),
                          ('a4', 'v1', 'BUSINESS_TRIP', 'WITHIN_PROVINCE', 'ACTIVE', '2026-06-01', '2026-06-02', '2025-01-01T00:00:00Z', 'x')""");
                st.execute("""
                        INSERT INTO absence_state (absence, state, effective_return) VALUES
                          ('a1', 'ACTIVE', '2026-01-02'), ('a2', 'ACTIVE', '2026-03-05'),
                          ('a3', 'ACTIVE', '2026-05-05'), ('a4', 'CANCELLED', '2026-06-02')""");
                st.execute("""
                        INSERT INTO absence_event (absence, type, at, actor, on_date, reason) VALUES
                          ('a2', 'RETURNED', '2025-01-01T00:00:00Z', 'x', '2026-03-05', NULL),
                          ('a4', 'CANCELLED', '2025-01-01T00:00:00Z', 'x', NULL, '取消')""");
                st.execute("INSERT INTO stop (absence, seq, country, leaves_airport) VALUES ('a3', 1, 'FR', 1)");
                st.execute("""
                        INSERT INTO chain_step (absence, seq, action, party, by_date, article, state, done_by, done_at,
                                                done_how) VALUES
                          ('a3', 1, 'APPROVE', 'MAYOR', '2026-04-20', '六十八', 'DONE', '市长', '2026-04-18T02:00:00Z',
                           'ORAL'),
                          ('a3', 2, 'FILE', 'GENERAL_OFFICE', NULL, '六十八', 'PENDING', NULL, NULL, NULL)""");
                st.execute("""
                        INSERT INTO absence_event (absence, type, at, actor, related) VALUES
                          ('a3', 'STEP_DONE', '2026-04-18T02:00:00Z', 'x', '1')""");
            }
            c.commit();
        }
        return file;
    }

    @Test
    void versionOneFileWithDataIsUpgradedAndKeepsEverything() throws SQLException {
        Path file = versionOneFileWithData();
        try (Database db = Fixtures.openQuiet(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.latestSchemaVersion());
            assertThat(db.people().all()).extracting(p -> p.id()).containsExactly("d1", "v1", "z9");
            assertThat(db.absences().history("d1")).extracting(a -> a.id() + "@" + a.returnDate())
                    .containsExactly("a1@2026-01-02", "a2@2026-03-05");
            assertThat(db.absences().history("v1")).extracting(a -> a.id() + ":" + a.status())
                    .containsExactly("a3:ACTIVE", "a4:" + Status.CANCELLED);
            assertThat(db.absences().find("a3").orElseThrow().absence().stops()).hasSize(1);

            // the V2 backfill agrees with the figures the code keeps from now on
            AnnualReport y2026 = db.reports().annual(2026);
            assertThat(y2026.people()).extracting(PersonYear::id).containsExactly("d1", "v1", "z9");
            PersonYear d1 = y2026.people().get(0);
            assertThat(d1.absences()).containsExactlyEntriesOf(Map.of(Kind.LEAVE, 1));
            assertThat(d1.daysAway()).isEqualTo(2 + 4);
            PersonYear v1 = y2026.people().get(1);
            assertThat(v1.absences()).containsExactlyEntriesOf(Map.of(Kind.OFFICIAL_VISIT, 1));
            assertThat(v1.daysAway()).isEqualTo(5);
            assertThat(v1.tripsAbroad()).isEqualTo(1);
            PersonYear d1In2025 = db.reports().forPerson("d1", 2025).orElseThrow();
            assertThat(d1In2025.absences()).containsExactlyEntriesOf(Map.of(Kind.BUSINESS_TRIP, 1));
            assertThat(d1In2025.daysAway()).isEqualTo(2);

            // V3 copied person, kind, scope and departure into absence_state and keeps them in person order
            Absence request = Absence.builder("r1", "d1", Kind.LEAVE, Scope.WITHIN_CITY,
                    java.time.LocalDate.of(2026, 3, 4), java.time.LocalDate.of(2026, 3, 4)).build();
            assertThat(db.absences().relevantTo(request, java.util.List.of("v1"))).extracting(Absence::id)
                    .containsExactly("a2");
            Absence abroad = Absence.builder("r2", "v1", Kind.OFFICIAL_VISIT, Scope.ABROAD,
                    java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 9, 3)).build();
            assertThat(db.absences().relevantTo(abroad, java.util.List.of())).extracting(Absence::id)
                    .containsExactly("a3");

            // V4 dropped absence_person_depart; the reads by person go through absence_state_person
            java.util.List<String> indexes = db.read(c -> {
                java.util.List<String> names = new java.util.ArrayList<>();
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name LIKE 'absence%'")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            });
            assertThat(indexes).doesNotContain("absence_person_depart").contains("absence_state_person");
            assertThat(db.absences().findForPerson("d1", java.time.LocalDate.of(2026, 3, 1),
                    java.time.LocalDate.of(2026, 12, 31))).extracting(Absence::id).containsExactly("a2");
            assertThat(db.absences().countRegister(RegisterFilter.all().forPerson("v1"))).isEqualTo(2);

            // V5 kept the chain and the events, gave a tick its day, and counted the open steps for the register
            assertThat(db.chains().steps("a3")).extracting(s -> s.seq() + ":" + s.state() + ":" + s.doneOn())
                    .containsExactly("1:DONE:Optional[2026-04-18]", "2:PENDING:Optional.empty");
            assertThat(db.absences().events("a3")).extracting(e -> e.type().name()).containsExactly("STEP_DONE");
            assertThat(db.absences().registerPage(RegisterFilter.all().forPerson("v1"), RegisterSort.NEWEST, 10, 0))
                    .extracting(l -> l.stored().id() + ":" + l.openSteps() + ":" + l.verdict())
                    .containsExactly("a4:0:Optional.empty", "a3:1:Optional.empty");
            db.chains().undo("a3", 1, "误点", CLERK);
            assertThat(db.absences().events("a3")).extracting(e -> e.type().name())
                    .containsExactly("STEP_DONE", "STEP_UNDONE");

            // and the upgraded file keeps working
            db.absences().cancel("a2", "补录错误", CLERK);
            assertThat(db.reports().forPerson("d1", 2026).orElseThrow().daysAway()).isEqualTo(2);
            assertThat(db.backups().list()).singleElement()
                    .satisfies(b -> assertThat(b.getFileName().toString()).endsWith("-before-v" + Database.latestSchemaVersion() + ".db"));
        }
    }

    @Test
    void backupBeforeTheUpgradeIsStillAVersionOneFile() throws SQLException {
        Path file = versionOneFileWithData();
        Path backup;
        try (Database db = Fixtures.openQuiet(file)) {
            backup = db.backups().list().get(0);
        }
        try (Connection c = ConnectionFactory.open(backup, AccessMode.READ_ONLY)) {
            assertThat(Migrations.userVersion(c)).isEqualTo(1);
            assertThat(DatabaseOpenTest.query(c, "SELECT count(*) FROM absence")).isEqualTo("4");
        }
    }

    @Test
    void aBackupFromAnOlderVersionPassesTheRestoreChecksAndIsUpgraded() throws Exception {
        Path old = java.nio.file.Files.move(versionOneFileWithData(), dir.resolve("v1-backup.db"));
        try (Database db = Fixtures.withRoster(dir.resolve("office.db"))) {
            db.backups().restoreFrom(old, Fixtures.CLERK);

            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(db.people().all()).extracting(p -> p.id()).containsExactly("d1", "v1", "z9");
            assertThat(db.audit().recent(1)).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("RESTORE"));
            assertThat(db.integrityCheck()).isEmpty();
        }
    }

    @Test
    void aFailingMigrationLeavesTheFileAtItsVersion() throws SQLException {
        Path file = dir.resolve("x.db");
        try (Connection c = ConnectionFactory.open(file, AccessMode.READ_WRITE)) {
            c.setAutoCommit(false);
            Migrations.apply(c, Migrations.ALL.get(0), Instant.EPOCH);
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                // a departure day that is no date: V2's backfill computes no days for it and its NOT NULL fails
                // half-way through the script (an extra index, the older way to make it fail, is now refused at
                // open as a schema that is not version 1's)
                st.execute("INSERT INTO person (id, name, role, created_at, updated_at)"
                        + " VALUES ('m', 'M', 'MAYOR', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
                st.execute("INSERT INTO absence (id, person, kind, scope, status, depart, return_date, created_at,"
                        + " created_by) VALUES ('t', 'm', 'LEAVE', 'WITHIN_CITY', 'ACTIVE', 'x026-03-02', 'y026-03-03',"
                        + " '2026-01-01T00:00:00Z', 'c')");
                st.execute("INSERT INTO absence_state (absence, state, effective_return)"
                        + " VALUES ('t', 'ACTIVE', 'y026-03-03')");
            }
        }
        assertThatThrownBy(() -> Fixtures.openQuiet(file)).isInstanceOf(StorageFailureException.class)
                .satisfies(e -> assertThat(((StoreException) e).code()).isEqualTo("MIGRATION_FAILED"))
                .hasMessageContaining("仍保持版本 1");
        try (Connection c = ConnectionFactory.open(file, AccessMode.READ_ONLY)) {
            assertThat(Migrations.userVersion(c)).isEqualTo(1);
            assertThat(DatabaseOpenTest.query(c,
                    "SELECT count(*) FROM sqlite_master WHERE name = 'absence_year_summary'")).isEqualTo("0");
        }
    }

    /**
     * V8 records each meeting's members. Meetings already on a version-6 file get the members the schedule showed for
     * them until then (Hegang 第三十七条（一）: 市长、副市长、秘书长), read from the roster at the upgrade: nobody retired by the
     * meeting's day, nobody in another role, and no members for a type no quorum rule governs.
     */
    @Test
    void versionSixMeetingsGetTheirMembersFromTheRosterAtTheUpgrade() throws SQLException {
        Path file = dir.resolve("v6.db");
        try (Connection c = ConnectionFactory.open(file, AccessMode.READ_WRITE)) {
            c.setAutoCommit(false);
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= 6) {
                    Migrations.apply(c, m, Instant.parse("2025-01-01T00:00:00Z"));
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("""
                        INSERT INTO person (id, name, role, created_at, updated_at, retired_on) VALUES
                          ('m', '王市长', 'MAYOR', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', NULL),
                          ('ev', '李常务', 'EXECUTIVE_VICE_MAYOR', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', NULL),
                          ('v1', '赵副市长', 'VICE_MAYOR', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2026-03-01'),
                          ('sg', '周秘书长', 'SECRETARY_GENERAL', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', NULL),
                          ('d1', '钱局长', 'DEPARTMENT_HEAD', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', NULL)""");
                st.execute("""
                        INSERT INTO meeting (id, type, held_on, created_at, created_by) VALUES
                          ('e1', 'EXECUTIVE', '2026-02-11', '2025-01-01T00:00:00Z', 'x'),
                          ('e2', 'EXECUTIVE', '2026-04-08', '2025-01-01T00:00:00Z', 'x'),
                          ('p1', 'PLENARY', '2026-02-11', '2025-01-01T00:00:00Z', 'x')""");
            }
            c.commit();
        }
        try (Database db = Fixtures.openQuiet(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(db.meetings().members("e1")).containsExactly("ev", "m", "sg", "v1");
            assertThat(db.meetings().members("e2")).as("v1 retired before it").containsExactly("ev", "m", "sg");
            assertThat(db.meetings().members("p1")).isEmpty();
            assertThat(db.integrityCheck()).isEmpty();
        }
    }

    /**
     * V9 indexes every value with two U+0001 after it, so that one and two characters are found through the index.
     * A version-8 file's absences are indexed again by the upgrade: a character that only ends a value, or makes a
     * whole value, is found, and the index agrees with its content.
     */
    @Test
    void versionEightAbsencesAreFoundByOneCharacterAfterTheUpgrade() throws SQLException {
        Path file = dir.resolve("v8.db");
        try (Connection c = ConnectionFactory.open(file, AccessMode.READ_WRITE)) {
            c.setAutoCommit(false);
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= 8) {
                    Migrations.apply(c, m, Instant.parse("2025-01-01T00:00:00Z"));
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("""
                        INSERT INTO person (id, name, role, created_at, updated_at) VALUES
                          ('m', '王市长', 'MAYOR', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')""");
                st.execute("""
                        INSERT INTO absence (id, person, kind, scope, status, depart, return_date, destination,
                                             reason, created_at, created_by) VALUES
                          ('a1', 'm', 'BUSINESS_TRIP', 'OUTSIDE_PROVINCE', 'ACTIVE', '2026-03-02', '2026-03-04',
                           '巴黎', '考察', '2025-01-01T00:00:00Z', 'x'),
                          ('a2', 'm', 'LEAVE', 'WITHIN_CITY', 'ACTIVE', '2026-04-01', '2026-04-02', NULL, '病',
                           '2025-01-01T00:00:00Z', 'x'),
                          ('a3', 'm', 'BUSINESS_TRIP', 'OUTSIDE_PROVINCE', 'ACTIVE', '2026-05-06', '2026-05-08',
                           '北京', '参加会议Q', '2025-01-01T00:00:00Z', 'x')""");
                st.execute("""
                        INSERT INTO absence_state (absence, state, person, kind, scope, depart, effective_return)
                        VALUES ('a1', 'ACTIVE', 'm', 'BUSINESS_TRIP', 'OUTSIDE_PROVINCE', '2026-03-02', '2026-03-04'),
                               ('a2', 'ACTIVE', 'm', 'LEAVE', 'WITHIN_CITY', '2026-04-01', '2026-04-02'),
                               ('a3', 'ACTIVE', 'm', 'BUSINESS_TRIP', 'OUTSIDE_PROVINCE', '2026-05-06', '2026-05-08')""");
            }
            c.commit();
        }
        try (Database db = Fixtures.openQuiet(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            Map<String, java.util.List<String>> found = new java.util.LinkedHashMap<>();
            for (String text : java.util.List.of("黎", "巴黎", "病", "q", "京", "察", "1", "a")) {
                found.put(text, db.absences().registerPage(RegisterFilter.all().matching(text), RegisterSort.NEWEST,
                        10, 0).stream().map(l -> l.stored().id()).sorted().toList());
            }
            assertThat(found).isEqualTo(Map.of("黎", java.util.List.of("a1"), "巴黎",
                    java.util.List.of("a1"), "病", java.util.List.of("a2"), "q", java.util.List.of("a3"),
                    "京", java.util.List.of("a3"), "察", java.util.List.of("a1"), "1", java.util.List.of("a1"),
                    "a", java.util.List.of("a1", "a2", "a3")));
            assertThat(db.integrityCheck()).isEmpty();
            String endIndexes = db.read(c -> DatabaseOpenTest.query(c, "SELECT count(*) FROM sqlite_schema"
                    + " WHERE name LIKE 'absence_%_end'"));
            assertThat(endIndexes).isEqualTo("0");
            // V10 and V11 worked out from the rows already there
            String span = db.read(c -> DatabaseOpenTest.query(c, "SELECT days FROM register_span"));
            assertThat(span).isEqualTo("2.0");
            String kinds = db.read(c -> DatabaseOpenTest.query(c, "SELECT group_concat(kind || '/' || scope || '='"
                    + " || absences, ' ') FROM register_kind_scope"));
            assertThat(kinds).isEqualTo("BUSINESS_TRIP/OUTSIDE_PROVINCE=2 LEAVE/WITHIN_CITY=1");
            assertThat(db.absences().registerPage(RegisterFilter.all().ofKind(Kind.LEAVE)
                    .inScope(Scope.OUTSIDE_PROVINCE), RegisterSort.NEWEST, 10, 0)).isEmpty();
            assertThat(db.absences().countRegister(RegisterFilter.all().ofKind(Kind.LEAVE))).isEqualTo(1);
        }
    }
}
