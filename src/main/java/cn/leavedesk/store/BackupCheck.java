package cn.leavedesk.store;

import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.lifecycle.EventType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything a file must pass before its content may replace a database's: SQLite's full integrity check (on a
 * read-write connection, the only kind on which SQLite also checks CHECK constraints), LeaveDesk's application id,
 * a schema version this program knows, exactly the schema of that version, no dangling references, and in every
 * column the code reads back as an enum, a date or a timestamp only values it can read. Runs on a private copy:
 * a read-write connection may roll back a journal or fold a WAL into the file it opens.
 */
final class BackupCheck {
    private enum Form { DATE, INSTANT }

    /** A column whose every non-null value must be one of {@code names}. */
    private record EnumColumn(String table, String column, Set<String> names) {
        EnumColumn(String table, String column, Enum<?>[] values) {
            this(table, column, Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private record FormColumn(String table, String column, Form form) {
    }

    private static final List<EnumColumn> ENUM_COLUMNS = List.of(
            new EnumColumn("person", "role", Role.values()),
            new EnumColumn("term", "role", Role.values()),
            new EnumColumn("meeting", "type", MeetingType.values()),
            new EnumColumn("absence", "kind", Kind.values()),
            new EnumColumn("absence", "scope", Scope.values()),
            new EnumColumn("absence", "status", Status.values()),
            new EnumColumn("absence", "meeting_type", MeetingType.values()),
            new EnumColumn("absence_state", "state", AbsenceState.values()),
            new EnumColumn("absence_state", "kind", Kind.values()),
            new EnumColumn("absence_state", "scope", Scope.values()),
            new EnumColumn("absence_year_summary", "kind", Kind.values()),
            new EnumColumn("chain_step", "action", Action.values()),
            new EnumColumn("chain_step", "party", Party.values()),
            new EnumColumn("chain_step", "state", StepState.values()),
            new EnumColumn("chain_step", "done_how", DoneHow.values()),
            new EnumColumn("absence_event", "type", EventType.values()));

    private static final List<FormColumn> FORM_COLUMNS = List.of(
            new FormColumn("person", "created_at", Form.INSTANT),
            new FormColumn("person", "updated_at", Form.INSTANT),
            new FormColumn("term", "start_date", Form.DATE),
            new FormColumn("term", "end_date", Form.DATE),
            new FormColumn("term", "recorded_at", Form.INSTANT),
            new FormColumn("meeting", "held_on", Form.DATE),
            new FormColumn("meeting", "created_at", Form.INSTANT),
            new FormColumn("absence", "filed", Form.DATE),
            new FormColumn("absence", "depart", Form.DATE),
            new FormColumn("absence", "return_date", Form.DATE),
            new FormColumn("absence", "created_at", Form.INSTANT),
            new FormColumn("absence_state", "depart", Form.DATE),
            new FormColumn("absence_state", "effective_return", Form.DATE),
            new FormColumn("chain_step", "by_date", Form.DATE),
            new FormColumn("chain_step", "done_at", Form.INSTANT),
            new FormColumn("chain_step", "done_on", Form.DATE),
            new FormColumn("absence_event", "at", Form.INSTANT),
            new FormColumn("absence_event", "on_date", Form.DATE),
            new FormColumn("attachment", "added_at", Form.INSTANT),
            new FormColumn("audit", "at", Form.INSTANT));

    private static final String DIGITS4 = "[0-9][0-9][0-9][0-9]";
    private static final String DIGITS2 = "[0-9][0-9]";
    private static final String DAY_GLOB = DIGITS4 + "-" + DIGITS2 + "-" + DIGITS2;
    private static final String SECOND_GLOB = DAY_GLOB + "T" + DIGITS2 + ":" + DIGITS2 + ":" + DIGITS2;

    private BackupCheck() {
    }

    /**
     * @return the file's schema version
     * @throws InvalidBackupException naming the first thing found wrong, with {@code shownAs} as the file
     */
    static int check(Connection c, Path shownAs) throws SQLException {
        List<String> damage = Database.checkResult(c, "PRAGMA integrity_check");
        if (!damage.isEmpty()) {
            // SQLite's report may span lines ("*** in database main ***" first); one line is shown, all of it logged
            String first = damage.stream().flatMap(String::lines).map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("***")).findFirst().orElse("?");
            throw refused(shownAs, "store.restore.damaged", first);
        }
        if (Migrations.applicationId(c) != Migrations.APPLICATION_ID) {
            throw refused(shownAs, "store.restore.notLeaveDesk");
        }
        int version = Migrations.userVersion(c);
        if (version < 1) {
            throw refused(shownAs, "store.restore.badVersion", String.valueOf(version));
        }
        if (version > Migrations.latest()) {
            throw refused(shownAs, "store.restore.tooNew", String.valueOf(version));
        }
        schemaDifference(c, version).ifPresent(difference -> {
            throw refused(shownAs, "store.restore.schema", String.valueOf(version), difference);
        });
        danglingReference(c).ifPresent(where -> {
            throw refused(shownAs, "store.restore.dangling", where);
        });
        Set<String> columns = columns(c);
        for (EnumColumn column : ENUM_COLUMNS) {
            if (columns.contains(column.table() + "." + column.column())) {
                unknownName(c, column).ifPresent(value -> {
                    throw refused(shownAs, "store.restore.badValue", column.table(), column.column(), value);
                });
            }
        }
        for (FormColumn column : FORM_COLUMNS) {
            if (columns.contains(column.table() + "." + column.column())) {
                unreadable(c, column).ifPresent(value -> {
                    throw refused(shownAs, "store.restore.badValue", column.table(), column.column(), value);
                });
            }
        }
        if (inconsistentState(c, columns)) {
            throw refused(shownAs, "store.restore.inconsistent");
        }
        return version;
    }

    /** Whether the schema matches the version's exactly; empty when it does, else the objects that differ. */
    static Optional<String> schemaDifference(Connection c, int version) throws SQLException {
        Set<ExpectedSchema.Entry> expected = ExpectedSchema.forVersion(version);
        Set<ExpectedSchema.Entry> actual = ExpectedSchema.of(c);
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        Set<String> differing = new TreeSet<>();
        Set<ExpectedSchema.Entry> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<ExpectedSchema.Entry> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        missing.forEach(e -> differing.add(e.toString()));
        extra.forEach(e -> differing.add(e.toString()));
        return Optional.of(differing.stream().limit(5).collect(Collectors.joining(", ")));
    }

    private static Optional<String> danglingReference(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            return rs.next() ? Optional.of(rs.getString("table") + " → " + rs.getString("parent")) : Optional.empty();
        }
    }

    private static Set<String> columns(Connection c) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.name, p.name FROM sqlite_schema m,"
                     + " pragma_table_info(m.name) p WHERE m.type = 'table'")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return columns;
    }

    private static Optional<String> unknownName(Connection c, EnumColumn column) throws SQLException {
        String names = column.names().stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return firstValue(c, "SELECT " + column.column() + " FROM " + column.table() + " WHERE " + column.column()
                + " IS NOT NULL AND " + column.column() + " NOT IN (" + names + ") LIMIT 1");
    }

    /** A date {@code LocalDate.parse} reads, a timestamp {@code Instant.parse} reads, as {@link Sql} writes them. */
    private static Optional<String> unreadable(Connection c, FormColumn column) throws SQLException {
        String v = column.column();
        String valid = column.form() == Form.DATE
                ? "(" + v + " GLOB '" + DAY_GLOB + "' AND date(" + v + ") IS " + v + ")"
                : "((" + v + " GLOB '" + SECOND_GLOB + "Z' OR (" + v + " GLOB '" + SECOND_GLOB + ".[0-9]*Z' AND substr("
                        + v + ", 21, length(" + v + ") - 21) NOT GLOB '*[^0-9]*')) AND date(" + v + ") IS substr("
                        + v + ", 1, 10) AND time(" + v + ") IS substr(" + v + ", 12, 8))";
        return firstValue(c, "SELECT " + v + " FROM " + column.table() + " WHERE " + v + " IS NOT NULL AND NOT "
                + valid + " LIMIT 1");
    }

    private static Optional<String> firstValue(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String value = rs.getString(1);
            // what is shown must stay one short printable line whatever bytes the column holds
            String printable = value == null ? "NULL" : value.codePoints()
                    .mapToObj(cp -> Character.isISOControl(cp) || cp == 0xFFFD ? "?" : Character.toString(cp))
                    .collect(Collectors.joining());
            return Optional.of(printable.length() > 40 ? printable.substring(0, 40) + "…" : printable);
        }
    }

    /** Every absence has its state row, and the state row's copies of the absence's columns are the absence's. */
    private static boolean inconsistentState(Connection c, Set<String> columns) throws SQLException {
        List<String> queries = new ArrayList<>();
        queries.add("SELECT 1 FROM absence a WHERE NOT EXISTS (SELECT 1 FROM absence_state s WHERE s.absence = a.id)"
                + " LIMIT 1");
        if (columns.contains("absence_state.person")) {
            queries.add("SELECT 1 FROM absence_state s JOIN absence a ON a.id = s.absence WHERE s.person IS NOT"
                    + " a.person OR s.kind IS NOT a.kind OR s.scope IS NOT a.scope OR s.depart IS NOT a.depart LIMIT 1");
        }
        for (String query : queries) {
            if (firstValue(c, query).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static InvalidBackupException refused(Path shownAs, String key, Object... args) {
        return new InvalidBackupException(shownAs, Message.of(key, args), null);
    }
}
