package cn.leavedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of a large {@link AbsenceRepository#insertBatch}, inside the caller's transaction: while the rows
 * go in, the secondary indexes of the absence tables are dropped and SQLite gets a larger page cache; once they are
 * in, the indexes are built again from their own stored definitions, in one sorted pass each instead of a million
 * random inserts. DDL is transactional in SQLite, so a failure or a crash anywhere leaves the file with its old
 * rows and every index, exactly as before the load; durability settings are not touched.
 *
 * <p>Only worth it when the batch is large and at least as large as what is already stored, since rebuilding an
 * index reads the whole table; smaller batches insert through the indexes as before.
 */
final class BulkLoad implements AutoCloseable {
    /** Below this many rows, index maintenance costs less than a rebuild. */
    static final int MIN_ROWS = 50_000;
    /** Page cache for the load, in KiB (SQLite's negative {@code cache_size}): 256 MiB. */
    private static final long LOAD_CACHE_KIB = 256 * 1024;
    private static final List<String> TABLES = List.of("absence", "absence_state", "absence_event", "stop",
            "attachment");

    /** The register's text index (V7), fed by a trigger on absence. */
    private static final String TEXT_INDEX = "absence_text";
    /** The longest absence on record (V10), kept by triggers on absence_state. */
    private static final String SPAN = "register_span";
    /** How many absences of each kind in each scope (V11), kept by a trigger on absence_state. */
    private static final String KIND_SCOPE = "register_kind_scope";

    private final Connection connection;
    private final List<String> indexDefinitions;
    private final List<String> triggerDefinitions;
    private final long previousCacheSize;

    private BulkLoad(Connection connection, List<String> indexDefinitions, List<String> triggerDefinitions,
                     long previousCacheSize) {
        this.connection = connection;
        this.indexDefinitions = indexDefinitions;
        this.triggerDefinitions = triggerDefinitions;
        this.previousCacheSize = previousCacheSize;
    }

    /** Prepares the fast path when {@code rows} are many enough to gain from it, else does nothing. */
    static BulkLoad begin(Connection c, int rows) throws SQLException {
        if (rows < MIN_ROWS || rows < storedAbsences(c)) {
            return new BulkLoad(c, List.of(), List.of(), Long.MIN_VALUE);
        }
        long cacheSize = pragma(c, "cache_size");
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String marks = String.join(",", TABLES.stream().map(t -> "'" + t + "'").toList());
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
                     + " AND sql IS NOT NULL AND tbl_name IN (" + marks + ") ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        // the text index's trigger would add a million rows to it one by one, and the longest absence's (V10)
        // would run a million times; both are worked out again in one pass instead
        List<String> triggers = new ArrayList<>();
        List<String> triggerNames = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"
                     + " AND tbl_name IN ('absence', 'absence_state') ORDER BY name")) {
            while (rs.next()) {
                triggerNames.add(rs.getString(1));
                triggers.add(rs.getString(2));
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -" + LOAD_CACHE_KIB);
            // the index builds sort a million keys each (in memory: temp_store is set when the connection opens),
            // on both cores when SQLite may
            st.execute("PRAGMA threads = 2");
            // the CHECK constraints of the absence tables only restate what the rows' Java types already guarantee
            // (enum names, return not before departure, no bytes without a digest): evaluating them cost about two
            // seconds per million absences. NOT NULL, PRIMARY KEY and UNIQUE constraints are still enforced.
            st.execute("PRAGMA ignore_check_constraints = ON");
            for (String name : names) {
                st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
            for (String name : triggerNames) {
                st.execute("DROP TRIGGER \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return new BulkLoad(c, List.copyOf(definitions), List.copyOf(triggers), cacheSize);
    }

    /** Builds the dropped indexes again; must run before the transaction commits. */
    void finish() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String definition : indexDefinitions) {
                st.execute(definition);
            }
            for (String definition : triggerDefinitions) {
                st.execute(definition);
            }
            if (!triggerDefinitions.isEmpty() && hasTable(connection, TEXT_INDEX)) {
                st.execute("INSERT INTO " + TEXT_INDEX + " (" + TEXT_INDEX + ") VALUES ('rebuild')");
            }
            if (!triggerDefinitions.isEmpty() && hasTable(connection, KIND_SCOPE)) {
                st.execute("DELETE FROM " + KIND_SCOPE);
                st.execute("INSERT INTO " + KIND_SCOPE + " (kind, scope, absences)"
                        + " SELECT kind, scope, count(*) FROM absence_state GROUP BY kind, scope");
            }
            if (!triggerDefinitions.isEmpty() && hasTable(connection, SPAN)) {
                st.execute("UPDATE " + SPAN + " SET days = max(days, (SELECT coalesce(max(julianday(effective_return)"
                        + " - julianday(depart)), 0) FROM absence_state)) WHERE id = 1");
            }
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Gives the connection its usual page cache back. If {@link #finish} did not run, an exception is on its way
     * and the rollback brings the dropped indexes back.
     */
    @Override
    public void close() throws SQLException {
        if (previousCacheSize == Long.MIN_VALUE) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA cache_size = " + previousCacheSize);
            st.execute("PRAGMA threads = 0");
            st.execute("PRAGMA ignore_check_constraints = OFF");
        }
    }

    /** Roughly how many absence rows the file holds: the largest rowid, read from the end of the table. */
    private static long storedAbsences(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(rowid) FROM absence")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
