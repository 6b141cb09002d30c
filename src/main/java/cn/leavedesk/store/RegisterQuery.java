package cn.leavedesk.store;

import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which absences a register page shows, and how many match: the SQL behind {@link AbsenceRepository#registerPage}
 * and {@link AbsenceRepository#countRegister}, written so that the first page of any filter and any order reads about
 * as many rows as it shows, at a million absences.
 *
 * <p><b>Free text</b> is looked for in the trigram index {@code absence_text} (V7, V9): the index finds the
 * candidates (the absences holding every trigram of the text), and the same {@code LIKE} as without the index
 * decides, so the rows are exactly those the {@code LIKE} alone finds. A text found in few absences is read from its
 * candidates; a common one is better found by walking the register in its order and stopping after the page. One or
 * two characters are found through the trigrams of the index that begin with them (a range of its term list,
 * {@code absence_text_terms}): the index pads every value with two U+0001 characters, so every character of a value
 * starts a trigram (V9, decision 0026).
 *
 * <p><b>Orders.</b> Departure, id and return day have indexes in their order. A column with few values (kind, scope,
 * state, verdict, role, person, open steps) and the columns of many values with an index of their own (days,
 * destination, reason) are read one value at a time, in the column's order, each value's rows newest departure
 * first through the paths the filters use: so sorting a million rows by kind reads the first page of "kind = 出差"
 * and stops. Ties in every order are broken by departure day, newest first, then id.
 */
final class RegisterQuery {
    /** Below this many candidates a text is read from its candidates, above it by walking the register's order. */
    static final int RARE_TEXT = 10_000;
    /**
     * Below this many candidates a text is read from its candidates too when the order is by value or other filters
     * narrow it: about 150 ms of reading and sorting at most, where a walk may read the whole register.
     */
    static final int MEDIUM_TEXT = 80_000;

    private final Connection c;
    private final int rareText;
    private final int mediumText;
    private final int fewRows;
    /** The longest absence on record in days, once read; -1 until then. */
    private long longest = -1;

    RegisterQuery(Connection c) {
        this(c, RARE_TEXT, MEDIUM_TEXT, FEW_ROWS);
    }

    /**
     * @param rareText the candidate count below which free text is read from its candidates, whatever the order and
     *                 the other filters (tests set it to 0 and to everything to take either way)
     */
    RegisterQuery(Connection c, int rareText) {
        this(c, rareText, rareText, FEW_ROWS);
    }

    /**
     * @param rareText   the candidate count below which free text is read from its candidates
     * @param mediumText the candidate count below which it is, when the order or other filters may make a walk slow
     * @param fewRows    the row count below which a filter with an index of its own is read whole and sorted
     *                   ({@link #fewThrough}); tests set it to 0 and to everything to take either way
     */
    RegisterQuery(Connection c, int rareText, int mediumText, int fewRows) {
        this.c = c;
        this.rareText = rareText;
        this.mediumText = mediumText;
        this.fewRows = fewRows;
    }

    /**
     * A condition added to a filter for one value of a sorted column, with its own order within and the way it is
     * read, if any.
     *
     * @param path  how the value's rows are read ({@link Path#KEY_INDEX}, {@link Path#UNCHECKED}); else as the filter
     * @param index for {@link Path#KEY_INDEX}, the index of absence the value is read from
     */
    private record Part(String condition, List<Object> params, boolean needsAbsence, Optional<String> order,
                        Optional<Path> path, Optional<String> index) {
        static final Part NONE = new Part("", List.of(), false, Optional.empty(), Optional.empty(), Optional.empty());

        static Part of(String condition, List<Object> params, boolean needsAbsence) {
            return new Part(" AND " + condition, params, needsAbsence, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        /** One value of an indexed column of absence, read from that index newest departure first. */
        static Part keyed(String condition, List<Object> params, String index) {
            return new Part(" AND " + condition, params, true, Optional.of("a.depart DESC, a.id"),
                    Optional.of(Path.KEY_INDEX), Optional.of(index));
        }

        /**
         * The absences not checked yet, newest departure first from the index that holds exactly them: few once the
         * client has checked them in the background, every one of a million just after they were imported.
         */
        static Part unchecked() {
            return new Part(" AND s.verdict IS NULL", List.of(), false, Optional.of("s.depart DESC, s.absence"),
                    Optional.of(Path.UNCHECKED), Optional.empty());
        }
    }

    /** One value of the sorted column: the filter narrowed to it. */
    private record Group(RegisterFilter filter, Part part) {
    }

    /** The values of the sorted column in order, found as they are needed. */
    private interface Groups {
        Optional<Group> next() throws SQLException;
    }

    /** How a filter's free text is looked for. */
    /**
     * @param rare   read from its candidates
     * @param medium not rare, but few enough candidates to read and sort them rather than walk an order the other
     *               filters or the sorted column's values make sparse ({@link #MEDIUM_TEXT})
     */
    private record Text(Optional<String> union, List<Object> params, boolean rare, boolean medium,
                        Optional<String> match, boolean inIndex, boolean inNames) {
        static final Text NONE = new Text(Optional.empty(), List.of(), false, false, Optional.empty(), false, false);

        Text readFromCandidates() {
            return new Text(union, params, true, medium, match, inIndex, inNames);
        }

        /** Whether the candidates are the text index's alone (no one's name holds the text), read straight from it. */
        boolean indexOnly() {
            return inIndex && !inNames;
        }

        /** Whether the candidates are the absences of the people whose name holds the text, and no others. */
        boolean namesOnly() {
            return !inIndex && inNames;
        }

        /** The condition that keeps the candidates. */
        String candidates() {
            return "s.absence IN (" + union.orElseThrow() + ")";
        }
    }

    /** The page's ids in the order asked for. */
    List<String> ids(RegisterFilter filter, RegisterSort sort, int limit, int offset) throws SQLException {
        if (!occurs(filter.kind(), filter.scope())) {
            return List.of();
        }
        Text text = text(filter, true);
        RegisterSort.Column column = sort.column();
        boolean ordered = column == RegisterSort.Column.DEPART || column == RegisterSort.Column.ID
                || column == RegisterSort.Column.RETURN || column == RegisterSort.Column.FILED;
        if (!text.rare() && text.medium() && (!ordered || narrowedOtherwise(filter))) {
            // a walk finds a common text fast only where the rest of the filter and the order leave it common: an
            // order by value reads each value's rows in turn (the leave reasons, for a text only trips hold), and
            // another filter may hold few of the text's rows. Reading the candidates costs at most their number.
            text = text.readFromCandidates();
        }
        boolean narrow = narrow(filter, text);
        Optional<Path> narrowedBy = narrow ? Optional.empty() : fewThrough(filter, text);
        if (ordered || narrow || narrowedBy.isPresent()) {
            return orderedIds(filter, Part.NONE, text, sort, limit, offset, narrowedBy);
        }
        List<String> ids = new ArrayList<>();
        long skip = offset;
        Groups groups = groups(filter, sort);
        for (Optional<Group> next = groups.next(); next.isPresent() && ids.size() < limit; next = groups.next()) {
            Group group = next.get();
            if (skip > 0) {
                long rows = count(group.filter(), group.part(), text);
                if (rows <= skip) {
                    skip -= rows;
                    continue;
                }
            }
            ids.addAll(orderedIds(group.filter(), group.part(), text, RegisterSort.NEWEST, limit - ids.size(),
                    Math.toIntExact(skip), Optional.empty()));
            skip = 0;
        }
        return ids;
    }

    /** How many rows the filter matches. */
    long count(RegisterFilter filter) throws SQLException {
        if (!occurs(filter.kind(), filter.scope())) {
            return 0;
        }
        return count(filter, Part.NONE, text(filter, false));
    }

    private long count(RegisterFilter filter, Part part, Text text) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params, "s.depart") + part.condition();
        params.addAll(part.params());
        where += candidates(text, params);
        boolean joinAbsence = filter.text().isPresent() || part.needsAbsence();
        String from = joinAbsence ? "absence_state s JOIN absence a ON a.id = s.absence" : "absence_state s";
        return single(c, "SELECT count(*) FROM " + from + where, params);
    }

    /**
     * @param narrowedBy the index through which the filter was found to hold few rows ({@link #fewThrough}): they are
     *                   read through it and sorted, in any order but departure's, which has walks of its own
     */
    private List<String> orderedIds(RegisterFilter filter, Part part, Text text, RegisterSort sort, int limit,
                                    int offset, Optional<Path> narrowedBy) throws SQLException {
        List<Object> params = new ArrayList<>();
        Path path = text.rare() ? Path.TEXT : part.path().orElse(path(filter, sort));
        boolean sortsFew = path == Path.PLANNER && narrowedBy.isPresent();
        if (sortsFew) {
            path = narrowedBy.get();
        } else if (path == Path.PLANNER && sort.column() == RegisterSort.Column.RETURN && !narrow(filter, text)) {
            path = Path.RETURN_ORDER;
        }
        boolean walksAbsence = path == Path.DEPARTURE_ORDER || path == Path.KEY_INDEX;
        if (path == Path.TEXT && !text.indexOnly() && !text.namesOnly()) {
            // the candidates first, each looking its state row up by key: left to itself the planner may prefer an
            // index of another condition (the active state) and read every row it holds
            params.addAll(text.params());
        }
        boolean byNames = path == Path.TEXT && text.namesOnly();
        String where = where(filter, params, walksAbsence ? "a.depart" : "s.depart", byNames);
        if (walksAbsence) {
            // the absence row's own copy of kind and scope (absence_state copies them from it): a walk of absence
            // passes over the rows of another kind or scope without looking their state row up, which is most of
            // the work of a value sorted on that holds none of them (a leave reason, for business trips)
            where += sameOnAbsence(filter, params);
        }
        params.addAll(part.params());
        where += part.condition() + (path == Path.TEXT ? "" : candidates(text, params));
        if (path == Path.TEXT && text.indexOnly()) {
            where += " AND absence_text MATCH ?";
            params.add(text.match().orElseThrow());
        }
        boolean joinAbsence = (filter.text().isPresent() && !byNames) || part.needsAbsence()
                || needsAbsence(sort.column());
        String join = joinAbsence ? " JOIN absence a ON a.id = s.absence" : "";
        String from = path == Path.TEXT ? textSource(text, join) : source(path, join, part);
        String order = part.order().orElse(path != Path.DEPARTURE_ORDER || sortsFew ? orderBy(sort)
                : sort.direction() == RegisterSort.Direction.ASCENDING ? "a.depart ASC, a.id DESC"
                : "a.depart DESC, a.id");
        String sql = "SELECT s.absence" + from + where + inside(path) + " ORDER BY " + order + " LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** The rows a path reads, in its order: the FROM clause of a page or of a count ({@code join} adds absence). */
    private static String source(Path path, String join, Part part) {
        return switch (path) {
            // the CROSS JOIN keeps the walk in departure order; each entry looks its state row up by key
            case DEPARTURE_ORDER -> " FROM absence a INDEXED BY absence_depart_return"
                    + " CROSS JOIN absence_state s ON s.absence = a.id";
            case RARE_STATE -> " FROM absence_state s INDEXED BY absence_state_register_state" + join;
            case VERDICT -> " FROM absence_state s INDEXED BY absence_state_register_verdict" + join;
            case OPEN_STEPS -> " FROM absence_state s INDEXED BY absence_state_register_open" + join;
            case KEY_INDEX -> " FROM absence a INDEXED BY " + part.index().orElseThrow()
                    + " CROSS JOIN absence_state s ON s.absence = a.id";
            case UNCHECKED -> " FROM absence_state s INDEXED BY absence_state_unchecked" + join;
            case RETURN_ORDER -> " FROM absence_state s INDEXED BY absence_state_return" + join;
            case PLANNER -> " FROM absence_state s" + join;
            case TEXT -> throw new IllegalArgumentException("the text's rows come from textSource");
        };
    }

    /**
     * The candidates of a text, driving the read: straight from the text index when no one's name holds the text,
     * person by person when only names do, else the candidates and the named people's absences, once each.
     */
    private static String textSource(Text text, String join) {
        if (text.indexOnly()) {
            return " FROM absence_text t CROSS JOIN absence a ON a.rowid = t.rowid"
                    + " CROSS JOIN absence_state s ON s.absence = a.id";
        }
        if (text.namesOnly()) {
            return " FROM absence_state s INDEXED BY absence_state_person" + join;
        }
        return " FROM (SELECT DISTINCT id FROM (" + text.union().orElseThrow() + ")) c"
                + " CROSS JOIN absence_state s ON s.absence = c.id" + join;
    }

    /** A partial index's own condition, spelled out so SQLite sees that the query stays inside it. */
    private static String inside(Path path) {
        return path == Path.RARE_STATE ? " AND s.state <> 'ACTIVE'" : "";
    }

    private static String sameOnAbsence(RegisterFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        filter.kind().ifPresent(k -> {
            sql.append(" AND a.kind = ?");
            params.add(k.name());
        });
        filter.scope().ifPresent(k -> {
            sql.append(" AND a.scope = ?");
            params.add(k.name());
        });
        return sql.toString();
    }

    private static boolean needsAbsence(RegisterSort.Column column) {
        return switch (column) {
            case DESTINATION, FILED, REASON, DAYS -> true;
            default -> false;
        };
    }

    /** How a register page is read. */
    private enum Path {
        DEPARTURE_ORDER, RARE_STATE, VERDICT, OPEN_STEPS, PLANNER, TEXT, KEY_INDEX, RETURN_ORDER, UNCHECKED
    }

    /**
     * How a page in departure order is read. SQLite's planner, left to itself, reads every row of a common filter
     * (a kind, a role most people hold) and sorts them, a second at a million rows; walking the departure order and
     * stopping after the page reads about as many entries as the page shows, unless the filter is rare, and the rare
     * filters have their own departure-ordered index. A person (or a role few people hold) and the other orders are
     * left to the planner, which starts from absence_state_person or sorts.
     */
    private Path path(RegisterFilter filter, RegisterSort sort) throws SQLException {
        if (sort.column() != RegisterSort.Column.DEPART || filter.personId().isPresent()
                || (filter.role().isPresent() && fewHold(filter.role().get()))) {
            return Path.PLANNER;
        }
        if (filter.verdict().isPresent()) {
            return Path.VERDICT;
        }
        if (filter.openStepsOnly()) {
            return Path.OPEN_STEPS;
        }
        if (!filter.states().contains(AbsenceState.ACTIVE)) {
            return Path.RARE_STATE;
        }
        return Path.DEPARTURE_ORDER;
    }

    /**
     * Whether any absence, in any state, is of that kind in that scope (either may be left open), from the counts
     * V11 keeps: a kind and a scope that never occur together are ruled out without reading the register, which has
     * no index on either.
     */
    private boolean occurs(Optional<Kind> kind, Optional<Scope> scope) throws SQLException {
        if (kind.isEmpty() && scope.isEmpty()) {
            return true;
        }
        String sql = "SELECT 1 FROM register_kind_scope WHERE absences > 0"
                + kind.map(k -> " AND kind = ?").orElse("") + scope.map(k -> " AND scope = ?").orElse("")
                + " LIMIT 1";
        List<Object> params = new ArrayList<>();
        kind.ifPresent(k -> params.add(k.name()));
        scope.ifPresent(k -> params.add(k.name()));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The longest absence on record, in whole days (return less departure, rounded up), read once per query. */
    private long longestAbsenceDays() throws SQLException {
        if (longest < 0) {
            try (PreparedStatement ps = c.prepareStatement("SELECT days FROM register_span WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                longest = rs.next() ? (long) Math.ceil(rs.getDouble(1)) : 0;
            }
        }
        return longest;
    }

    /** Whether the filter leaves few enough rows to read them all and sort them. */
    private boolean narrow(RegisterFilter filter, Text text) throws SQLException {
        return filter.personId().isPresent() || text.rare()
                || (filter.role().isPresent() && fewHold(filter.role().get()));
    }

    /** Whether the filter narrows the register by anything but its text and the usual states. */
    private static boolean narrowedOtherwise(RegisterFilter filter) {
        return filter.personId().isPresent() || filter.role().isPresent() || filter.kind().isPresent()
                || filter.scope().isPresent() || !filter.states().equals(RegisterFilter.USUAL_STATES)
                || filter.from().isPresent() || filter.to().isPresent() || filter.verdict().isPresent()
                || filter.openStepsOnly();
    }

    /** Below this many rows a filter is read whole through its own index and sorted, in any order asked for. */
    static final int FEW_ROWS = 10_000;
    /** The longest date filter (its days plus the longest absence) whose rows are counted to see whether few. */
    private static final int COUNTED_WINDOW_DAYS = 400;

    /**
     * The index through which the filter holds fewer than {@link #fewRows} rows, if it has one: a state other than
     * active, a verdict, open steps, or a date filter of about a year at most (through the departure order, which its
     * first day less the longest absence bounds). Counted through that index, stopping at the limit, so a filter with
     * many rows costs a few thousand index entries to rule out. Without it, a value-by-value order (reason, role …)
     * reads each value's rows in turn looking for the filter's, and a rare filter makes it read them all.
     */
    private Optional<Path> fewThrough(RegisterFilter filter, Text text) throws SQLException {
        Path path;
        if (!filter.states().contains(AbsenceState.ACTIVE)) {
            path = Path.RARE_STATE;
        } else if (filter.verdict().isPresent()) {
            path = Path.VERDICT;
        } else if (filter.openStepsOnly()) {
            path = Path.OPEN_STEPS;
        } else if (filter.from().isPresent() && filter.to().isPresent() && !filter.to().get().isBefore(
                filter.from().get()) && java.time.temporal.ChronoUnit.DAYS.between(filter.from().get(),
                filter.to().get()) + longestAbsenceDays() <= COUNTED_WINDOW_DAYS) {
            path = Path.DEPARTURE_ORDER;
        } else {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>();
        boolean walksAbsence = path == Path.DEPARTURE_ORDER;
        String where = where(filter, params, walksAbsence ? "a.depart" : "s.depart");
        if (walksAbsence) {
            where += sameOnAbsence(filter, params);
        }
        where += candidates(text, params);
        String join = filter.text().isPresent() ? " JOIN absence a ON a.id = s.absence" : "";
        String from = source(path, join, Part.NONE) + where + inside(path);
        params.add(fewRows);
        long rows = single(c, "SELECT count(*) FROM (SELECT 1" + from + " LIMIT ?)", params);
        return rows < fewRows ? Optional.of(path) : Optional.empty();
    }

    /** Whether at most one person in fifty holds the role: their absences are then best found person by person. */
    private boolean fewHold(Role role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), sum(role = ?) FROM person")) {
            ps.setString(1, role.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long all = rs.getLong(1);
                long holding = rs.getLong(2);
                return holding * 50 <= all;
            }
        }
    }

    /**
     * How the filter's text is looked for: the trigram index gives the candidates (for the page only when they are
     * few, see {@link #rareText}; a count always uses them). Three characters or more are looked up as all their
     * trigrams; one or two as any of the index's trigrams beginning with them. Characters whose case the index folds
     * differently from LIKE are left to the LIKE alone.
     */
    private Text text(RegisterFilter filter, boolean forPage) throws SQLException {
        if (filter.text().isEmpty()) {
            return Text.NONE;
        }
        String text = filter.text().get();
        int length = text.codePointCount(0, text.length());
        String pattern = likePattern(text);
        String people = "SELECT absence AS id FROM absence_state WHERE person IN"
                + " (SELECT id FROM person WHERE name LIKE ? ESCAPE '\\')";
        Optional<String> match;
        if (length >= 3) {
            // the absences holding every trigram of the text (the index keeps no positions, V9): the LIKE checks
            // that they hold them in a row
            match = Optional.of(String.join(" AND ", trigrams(text).stream().map(RegisterQuery::phrase).toList()));
        } else if (foldsLikeLike(text)) {
            // one or two characters: every place they occur starts a trigram of the index (V9 pads each value with
            // two U+0001), so the index's trigrams that begin with them name every absence holding them
            List<String> terms = termsStartingWith(text.toLowerCase(java.util.Locale.ROOT));
            match = terms.isEmpty() ? Optional.empty()
                    : Optional.of(String.join(" OR ", terms.stream().map(RegisterQuery::phrase).toList()));
        } else {
            // one or two characters the index folds differently from LIKE: the LIKE alone, on the ordered walk
            return Text.NONE;
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        match.ifPresent(m -> {
            parts.add("SELECT id FROM absence WHERE rowid IN"
                    + " (SELECT rowid FROM absence_text WHERE absence_text MATCH ?)");
            params.add(m);
        });
        parts.add(people);
        params.add(pattern);
        String union = String.join(" UNION ALL ", parts);
        if (!forPage) {
            return new Text(Optional.of(union), params, true, false, match, true, true);
        }
        boolean inNames = single(c, "SELECT count(*) FROM person WHERE name LIKE ? ESCAPE '\\'",
                List.<Object>of(pattern)) > 0;
        // counted part by part, each straight from where it is read and stopping at the limit: inside the IN of the
        // candidates above SQLite would gather every one of them first (half the register for a digit)
        int limit = Math.max(rareText, mediumText);
        long found = 0;
        if (match.isPresent()) {
            found = single(c, "SELECT count(*) FROM (SELECT rowid FROM absence_text WHERE absence_text MATCH ?"
                    + " LIMIT ?)", List.<Object>of(match.get(), limit));
        }
        boolean inIndex = found > 0;
        if (found < limit && inNames) {
            found += single(c, "SELECT count(*) FROM (" + people + " LIMIT ?)",
                    List.<Object>of(pattern, limit - found));
        }
        return new Text(Optional.of(union), params, found < rareText, found < mediumText, match, inIndex, inNames);
    }

    /** The trigrams of the text index that begin with {@code prefix}, a range of its sorted term list. */
    private List<String> termsStartingWith(String prefix) throws SQLException {
        List<String> terms = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT term FROM absence_text_terms"
                + " WHERE term >= ? AND term < ? || char(1114111)")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    terms.add(rs.getString(1));
                }
            }
        }
        return terms;
    }

    /** The distinct runs of three characters (code points) in a text of three or more, in their first order. */
    static List<String> trigrams(String text) {
        int[] points = text.codePoints().toArray();
        java.util.LinkedHashSet<String> trigrams = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 3 <= points.length; i++) {
            trigrams.add(new String(points, i, 3));
        }
        return List.copyOf(trigrams);
    }

    /** An FTS5 phrase: the text in double quotes, its own double quotes doubled. */
    private static String phrase(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * Whether the trigram index folds the text's case exactly as LIKE does (ASCII only): true when every character is
     * ASCII or has no case at all (Chinese, digits, punctuation), so the index's trigrams can be looked up by the
     * text in lower case.
     */
    private static boolean foldsLikeLike(String text) {
        return text.codePoints().allMatch(cp -> cp < 128
                || (Character.toLowerCase(cp) == cp && Character.toUpperCase(cp) == cp
                && Character.toTitleCase(cp) == cp));
    }

    private static String candidates(Text text, List<Object> params) {
        if (!text.rare()) {
            return "";
        }
        params.addAll(text.params());
        return " AND " + text.candidates();
    }

    static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** @param departColumn the copy of the departure day to bound: the one of the table the page walks */
    private String where(RegisterFilter filter, List<Object> params, String departColumn) throws SQLException {
        return where(filter, params, departColumn, false);
    }

    /**
     * @param byNames the text is held by people's names and by no absence's id, destination or reason (as the text
     *                index says): it keeps exactly the absences of those people, which are read through the person
     *                index, rather than the role's people
     */
    private String where(RegisterFilter filter, List<Object> params, String departColumn, boolean byNames)
            throws SQLException {
        boolean roleByIndex = !byNames;
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (filter.states().equals(RegisterFilter.USUAL_STATES)) {
            // not an IN list: that would tempt the planner into the state index and a sort of every row
            sql.append(" AND s.state <> 'SUPERSEDED'");
        } else if (filter.states().size() < AbsenceState.values().length) {
            List<String> states = filter.states().stream().map(Enum::name).sorted().toList();
            sql.append(" AND s.state IN (").append(String.join(",", Collections.nCopies(states.size(), "?")))
                    .append(")");
            params.addAll(states);
        }
        filter.personId().ifPresent(p -> {
            sql.append(" AND s.person = ?");
            params.add(p);
        });
        filter.role().ifPresent(r -> {
            sql.append(roleByIndex ? " AND s.person" : " AND +s.person")
                    .append(" IN (SELECT id FROM person WHERE role = ?)");
            params.add(r.name());
        });
        filter.kind().ifPresent(k -> {
            sql.append(" AND s.kind = ?");
            params.add(k.name());
        });
        filter.scope().ifPresent(k -> {
            sql.append(" AND s.scope = ?");
            params.add(k.name());
        });
        if (filter.to().isPresent()) {
            LocalDate to = filter.to().get();
            sql.append(" AND ").append(departColumn).append(" <= ?");
            params.add(Sql.date(to));
            // and so came back no later than the last day plus the longest absence: a bound for a walk in return order
            sql.append(" AND s.effective_return <= ?");
            params.add(Sql.date(to.plusDays(longestAbsenceDays())));
        }
        if (filter.from().isPresent()) {
            LocalDate from = filter.from().get();
            sql.append(" AND s.effective_return >= ?");
            params.add(Sql.date(from));
            // what overlaps the days asked for left no earlier than their first day less the longest absence (V10):
            // a bound for the walk, which the return alone is not
            sql.append(" AND ").append(departColumn).append(" >= ?");
            params.add(Sql.date(from.minusDays(longestAbsenceDays())));
        }
        filter.verdict().ifPresent(v -> {
            sql.append(" AND s.verdict = ?");
            params.add(v.name());
        });
        if (filter.openStepsOnly()) {
            // a cancelled or superseded version's steps are owed by nobody
            sql.append(" AND s.open_steps > 0 AND s.state = 'ACTIVE'");
        }
        filter.text().ifPresent(t -> {
            if (byNames) {
                sql.append(" AND s.person IN (SELECT id FROM person WHERE name LIKE ? ESCAPE '\\')");
                params.add(likePattern(t));
                return;
            }
            // with or without the text index, this LIKE decides which rows match (the names first: the cheapest)
            sql.append(" AND (s.person IN (SELECT id FROM person WHERE name LIKE ? ESCAPE '\\')"
                    + " OR a.id LIKE ? ESCAPE '\\' OR a.destination LIKE ? ESCAPE '\\'"
                    + " OR a.reason LIKE ? ESCAPE '\\')");
            params.addAll(Collections.nCopies(4, likePattern(t)));
        });
        return sql.toString();
    }

    /** The whole order for a read that sorts what it reads (few rows, or an order with an index). */
    private static String orderBy(RegisterSort sort) {
        String dir = sort.direction() == RegisterSort.Direction.ASCENDING ? "ASC" : "DESC";
        String then = ", s.depart DESC, s.absence";
        return switch (sort.column()) {
            // the two orders absence_state_register can be walked in
            case DEPART -> sort.direction() == RegisterSort.Direction.ASCENDING
                    ? "s.depart ASC, s.absence DESC" : "s.depart DESC, s.absence";
            case RETURN -> "s.effective_return " + dir + then;
            case ID -> "s.absence " + dir;
            case PERSON -> "(SELECT name FROM person WHERE id = s.person) " + dir + ", s.person " + dir + then;
            case ROLE -> "(SELECT " + roleRank() + " FROM person WHERE id = s.person) " + dir + then;
            case KIND -> rank("s.kind", Kind.values()) + " " + dir + then;
            case SCOPE -> rank("s.scope", Scope.values()) + " " + dir + then;
            case STATUS -> rank("s.state", AbsenceState.values()) + " " + dir + then;
            case VERDICT -> "coalesce(" + rank("s.verdict", Verdict.values()) + ", -1) " + dir + then;
            case OPEN_STEPS -> "(CASE WHEN s.state = 'ACTIVE' THEN s.open_steps ELSE 0 END) " + dir + then;
            case DAYS -> DAYS + " " + dir + then;
            case DESTINATION -> "a.destination " + dir + then;
            case REASON -> "a.reason " + dir + then;
            case FILED -> "a.filed " + dir + then;
        };
    }

    /** Planned days less one, exactly as the index absence_days (V7) has it. */
    private static final String DAYS = "(julianday(a.return_date) - julianday(a.depart))";

    private static String roleRank() {
        return rank("role", Role.values());
    }

    /** An enum column's place in the enum's order (the order the client shows them in), for sorting by it. */
    private static String rank(String column, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("(CASE ").append(column);
        for (Enum<?> value : values) {
            sql.append(" WHEN '").append(value.name()).append("' THEN ").append(value.ordinal());
        }
        return sql.append(" END)").toString();
    }

    /** The values of the sorted column in its order, each as the filter narrowed to it. */
    private Groups groups(RegisterFilter filter, RegisterSort sort) throws SQLException {
        boolean ascending = sort.direction() == RegisterSort.Direction.ASCENDING;
        List<Group> groups = new ArrayList<>();
        switch (sort.column()) {
            case KIND -> {
                for (Kind kind : Kind.values()) {
                    if (filter.kind().map(kind::equals).orElse(true) && occurs(Optional.of(kind), filter.scope())) {
                        groups.add(new Group(filter.ofKind(kind), Part.NONE));
                    }
                }
            }
            case SCOPE -> {
                for (Scope scope : Scope.values()) {
                    if (filter.scope().map(scope::equals).orElse(true) && occurs(filter.kind(), Optional.of(scope))) {
                        groups.add(new Group(filter.inScope(scope), Part.NONE));
                    }
                }
            }
            case STATUS -> {
                for (AbsenceState state : AbsenceState.values()) {
                    if (filter.states().contains(state)) {
                        groups.add(new Group(filter.withStates(Set.of(state)), Part.NONE));
                    }
                }
            }
            case VERDICT -> {
                if (filter.verdict().isEmpty()) {
                    // never checked: first in ascending order, as SQL sorts NULL; few once the client has checked
                    // them, and absence_state_unchecked holds exactly those
                    groups.add(new Group(filter, Part.unchecked()));
                }
                for (Verdict verdict : Verdict.values()) {
                    if (filter.verdict().map(verdict::equals).orElse(true)) {
                        groups.add(new Group(filter.withVerdict(verdict), Part.NONE));
                    }
                }
            }
            case ROLE -> {
                for (Role role : Role.values()) {
                    if (filter.role().map(role::equals).orElse(true)) {
                        groups.add(new Group(filter.withRole(role), Part.NONE));
                    }
                }
            }
            case PERSON -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM person ORDER BY name, id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        groups.add(new Group(filter.forPerson(rs.getString(1)), Part.NONE));
                    }
                }
            }
            case OPEN_STEPS -> {
                // what the register shows: steps of a cancelled or superseded version are owed by nobody
                String dir = ascending ? "ASC" : "DESC";
                groups.add(new Group(filter, Part.of("(s.open_steps = 0 OR s.state <> 'ACTIVE')", List.of(), false)));
                // through absence_state_register_open, which holds only these rows
                if (filter.states().contains(AbsenceState.ACTIVE)) {
                    groups.add(new Group(filter.withOpenSteps(), new Part("", List.of(), false,
                            Optional.of("s.open_steps " + dir + ", s.depart DESC, s.absence"), Optional.empty(),
                            Optional.empty())));
                }
            }
            case DAYS -> {
                return new IndexedValues(filter, DAYS.replace("a.", ""), DAYS, "absence_days", ascending, false);
            }
            case DESTINATION -> {
                return new IndexedValues(filter, "destination", "a.destination", "absence_destination", ascending,
                        true);
            }
            case REASON -> {
                return new IndexedValues(filter, "reason", "a.reason", "absence_reason", ascending, true);
            }
            default -> throw new IllegalArgumentException("not read by value: " + sort.column());
        }
        if (!ascending) {
            Collections.reverse(groups);
        }
        Iterator<Group> inOrder = groups.iterator();
        return () -> inOrder.hasNext() ? Optional.of(inOrder.next()) : Optional.empty();
    }

    /**
     * The values of an indexed expression of {@code absence}, one index seek each, in either order; NULL (when the
     * column may hold it) comes first in ascending order, as SQL sorts it. A value held by few rows is read through
     * its index, a common one by walking the departure order.
     */
    private final class IndexedValues implements Groups {
        private final RegisterFilter filter;
        private final String expression;
        private final String onAbsence;
        private final String index;
        private final boolean ascending;
        private boolean nullPending;
        private Optional<Object> last = Optional.empty();

        IndexedValues(RegisterFilter filter, String expression, String onAbsence, String index, boolean ascending,
                      boolean nullable) {
            this.filter = filter;
            this.expression = expression;
            this.onAbsence = onAbsence;
            this.index = index;
            this.ascending = ascending;
            this.nullPending = nullable;
        }

        @Override
        public Optional<Group> next() throws SQLException {
            if (nullPending && ascending) {
                nullPending = false;
                return nullGroup();
            }
            String function = ascending ? "min" : "max";
            String bound = last.map(v -> " AND " + expression + (ascending ? " > ?" : " < ?")).orElse("");
            List<Object> params = last.map(List::of).orElse(List.of());
            Object value = value("SELECT " + function + "(" + expression + ") FROM absence WHERE " + expression
                    + " IS NOT NULL" + bound, params);
            if (value == null) {
                if (nullPending) {
                    nullPending = false;
                    return nullGroup();
                }
                return Optional.empty();
            }
            last = Optional.of(value);
            return Optional.of(new Group(filter, Part.keyed(onAbsence + " = ?", List.of(value), index)));
        }

        private Optional<Group> nullGroup() throws SQLException {
            long rows = single(c, "SELECT count(*) FROM (SELECT 1 FROM absence WHERE " + expression
                    + " IS NULL LIMIT 1)", List.of());
            return rows == 0 ? next() : Optional.of(new Group(filter, Part.keyed(onAbsence + " IS NULL", List.of(),
                    index)));
        }

        private Object value(String sql, List<Object> params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getObject(1) : null;
                }
            }
        }
    }

    private static long single(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (p instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else {
                ps.setString(i + 1, String.valueOf(p));
            }
        }
    }
}
