package cn.leavedesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The hand-written schema migrations under {@code db/migration/}. {@code PRAGMA user_version} holds the version a
 * file is at; {@code schema_version} keeps one row per migration applied, for people diagnosing a file.
 */
final class Migrations {
    /** 'LDSK': written by V1 so that other SQLite files are recognised as such. */
    static final int APPLICATION_ID = 0x4C44534B;

    static final String RESOURCE_FOLDER = "db/migration/";

    record Migration(int version, String fileName) {
        String resource() {
            return RESOURCE_FOLDER + fileName;
        }
    }

    /** Every migration, in order; a test checks this list against the files in the resource folder. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "V1__initial.sql"),
            new Migration(2, "V2__year_summary_and_audit_indexes.sql"),
            new Migration(3, "V3__person_ordered_state.sql"),
            new Migration(4, "V4__drop_absence_person_depart.sql"),
            new Migration(5, "V5__lifecycle.sql"),
            new Migration(6, "V6__roster_retire_and_term_corrections.sql"),
            new Migration(7, "V7__register_text_and_sort.sql"),
            new Migration(8, "V8__meeting_members.sql"),
            new Migration(9, "V9__text_index_every_character.sql"),
            new Migration(10, "V10__register_longest_absence.sql"),
            new Migration(11, "V11__register_kind_scope.sql"));

    private Migrations() {
    }

    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    static int userVersion(Connection c) throws SQLException {
        return pragmaInt(c, "PRAGMA user_version");
    }

    static int applicationId(Connection c) throws SQLException {
        return pragmaInt(c, "PRAGMA application_id");
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static boolean hasAnyTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1")) {
            return rs.next();
        }
    }

    /**
     * The version of a file, after making sure it is LeaveDesk's and not newer than this program; 0 for an empty
     * file.
     */
    static int checkedVersion(Connection c, Path file) throws SQLException {
        int version = userVersion(c);
        if (version == 0) {
            if (hasAnyTable(c)) {
                throw new NotLeaveDeskDatabaseException(file);
            }
            return 0;
        }
        if (applicationId(c) != APPLICATION_ID) {
            throw new NotLeaveDeskDatabaseException(file);
        }
        if (version > latest()) {
            throw new DatabaseTooNewException(file, version, latest());
        }
        return version;
    }

    static List<Migration> pendingAfter(int version) {
        return ALL.stream().filter(m -> m.version() > version).toList();
    }

    /** Runs one migration; the caller provides the transaction, so a failure leaves the file as it was. */
    static void apply(Connection c, Migration migration, Instant now) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : SqlScript.statements(load(migration))) {
                st.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, migration.version());
            ps.setString(2, migration.fileName());
            ps.setString(3, Sql.instant(now));
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + migration.version());
        }
    }

    static String load(Migration migration) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(migration.resource())) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the classpath: " + migration.resource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
