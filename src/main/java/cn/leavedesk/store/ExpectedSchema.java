package cn.leavedesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exact schema a LeaveDesk file of a given version must have: worked out by running migrations 1…v on an empty
 * in-memory database, so every future migration is covered without a hand-kept list. A file is compared by the
 * name, type, table and (normalised) SQL of every object in {@code sqlite_schema}; SQLite's own bookkeeping tables,
 * which appear on their own, are left out.
 */
final class ExpectedSchema {
    /** One schema object, as {@code type name ON table: sql}. */
    record Entry(String type, String name, String table, String sql) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            return java.util.Comparator.comparing(Entry::type).thenComparing(Entry::name).thenComparing(Entry::table)
                    .thenComparing(Entry::sql).compare(this, other);
        }

        @Override
        public String toString() {
            return type + " " + name;
        }
    }

    private static final Map<Integer, Set<Entry>> BY_VERSION = new ConcurrentHashMap<>();

    private ExpectedSchema() {
    }

    /** The schema migrations 1…version produce; version must be between 1 and the latest. */
    static Set<Entry> forVersion(int version) {
        if (version < 1 || version > Migrations.latest()) {
            throw new IllegalArgumentException("no schema version " + version);
        }
        return BY_VERSION.computeIfAbsent(version, ExpectedSchema::build);
    }

    private static Set<Entry> build(int version) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (Migrations.Migration migration : Migrations.ALL) {
                if (migration.version() <= version) {
                    Migrations.apply(c, migration, Instant.EPOCH);
                }
            }
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the migrations do not run on an empty database", e);
        }
    }

    /** The schema of an open file. */
    static Set<Entry> of(Connection c) throws SQLException {
        Set<Entry> entries = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema"
                     + " WHERE name <> 'sqlite_sequence' AND name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'")) {
            while (rs.next()) {
                entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), normalise(rs.getString(4))));
            }
        }
        return entries;
    }

    /**
     * SQLite keeps each CREATE statement as it was typed (comments included); only the tokens matter. Text inside
     * quotes is kept as it is.
     */
    static String normalise(String sql) {
        if (sql == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        boolean space = false;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                space = true;
            } else if (ch == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                space = true;
            } else if (Character.isWhitespace(ch)) {
                space = true;
                i++;
            } else if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                char close = ch == '[' ? ']' : ch;
                int end = sql.indexOf(close, i + 1);
                end = end < 0 ? sql.length() - 1 : end;
                appendSpace(out, space, ch);
                out.append(sql, i, end + 1);
                space = false;
                i = end + 1;
            } else {
                appendSpace(out, space, ch);
                out.append(Character.toLowerCase(ch));
                space = false;
                i++;
            }
        }
        return out.toString();
    }

    /** One space between two words; none next to punctuation, so "( a )" and "(a)" compare equal. */
    private static void appendSpace(StringBuilder out, boolean space, char next) {
        if (!space || out.length() == 0) {
            return;
        }
        char last = out.charAt(out.length() - 1);
        if (isWordChar(last) && isWordChar(next)) {
            out.append(' ');
        }
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '\'' || ch == '"' || ch == '`' || ch == ']'
                || ch == '[';
    }
}
