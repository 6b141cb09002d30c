package cn.leavedesk.store;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.EventType;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Absences and their history. A stored absence row is never changed: an amendment is a new row that supersedes
 * it, a cancellation or a return is a new event. {@code absence_state} and {@code absence_year_summary} are derived
 * from those rows and kept in step in the same transaction.
 */
public final class AbsenceRepository {
    /** Rows per JDBC batch in {@link #insertBatch}. */
    static final int BATCH_SIZE = 10_000;
    private static final int ID_CHECK_CHUNK = 500;

    private static final String SELECT = """
            SELECT a.*, s.state, s.effective_return, nx.id AS superseded_by,
                   (SELECT e.on_date FROM absence_event e
                    WHERE e.absence = a.id AND e.type = 'RETURNED' ORDER BY e.id DESC LIMIT 1) AS actual_return
            FROM absence a
            JOIN absence_state s ON s.absence = a.id
            LEFT JOIN absence nx ON nx.supersedes = a.id
            """;

    /** The order of {@link #history}: departure day, then id. */
    private static final Comparator<Absence> HISTORY_ORDER = Comparator.comparing(Absence::depart)
            .thenComparing(Absence::id);

    private final Database db;

    AbsenceRepository(Database db) {
        this.db = db;
    }

    // ---------------------------------------------------------------- writes

    /**
     * Stores a new absence with its stops and attachment names.
     *
     * @throws DuplicateIdException     when the id is taken
     * @throws RecordNotFoundException  when the person is not on the roster
     */
    public void insert(Absence absence, Actor actor) {
        db.write(c -> {
            requirePerson(c, absence.personId());
            requireNewIds(c, List.of(absence.id()));
            YearSummary summary = new YearSummary();
            try (Writer writer = new Writer(c, actor, DerivedRows.PER_ROW)) {
                writer.add(absence, Optional.empty(), summary);
                writer.flush();
            }
            summary.applyTo(c);
            db.audit().record(actor, "ABSENCE_FILED", EntityNames.ABSENCE, Optional.of(absence.id()),
                    describe(absence));
            return null;
        });
    }

    /**
     * Stores many absences in one transaction, sent to SQLite in batches of {@value #BATCH_SIZE}: all are stored or
     * none. One audit entry records the load.
     *
     * @return how many were stored
     * @throws DuplicateIdException    when an id repeats in the list or is already stored
     * @throws RecordNotFoundException when an absence names a person not on the roster
     */
    public int insertBatch(List<Absence> absences, Actor actor) {
        if (absences.isEmpty()) {
            return 0;
        }
        // every reference is checked here or points at a row of this batch, so a large batch skips SQLite's
        // per-row foreign-key lookups; a small one keeps them
        SqlWork<Integer> load = c -> {
            Set<String> people = personIds(c);
            Set<String> seen = new HashSet<>();
            for (Absence a : absences) {
                if (!people.contains(a.personId())) {
                    throw new RecordNotFoundException(EntityNames.PERSON, a.personId());
                }
                if (!seen.add(a.id())) {
                    throw new DuplicateIdException(EntityNames.ABSENCE, a.id());
                }
            }
            long lastRowBefore = lastAbsenceRow(c);
            if (lastRowBefore > 0) {
                // ids repeated in the batch were caught above; with nothing stored yet nothing else can clash
                // (absence rows are never deleted), which spares a first import a million-id lookup
                requireNewIds(c, absences.stream().map(Absence::id).toList());
            }
            YearSummary summary = new YearSummary();
            try (BulkLoad bulk = BulkLoad.begin(c, absences.size())) {
                try (Writer writer = new Writer(c, actor, DerivedRows.IN_BULK)) {
                    int pending = 0;
                    for (Absence a : absences) {
                        writer.add(a, Optional.empty(), summary);
                        if (++pending == BATCH_SIZE) {
                            writer.flush();
                            pending = 0;
                        }
                    }
                    writer.flush();
                }
                insertDerivedRows(c, lastRowBefore);
                bulk.finish();
            }
            summary.applyTo(c);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("count", absences.size());
            detail.put("firstId", absences.get(0).id());
            detail.put("lastId", absences.get(absences.size() - 1).id());
            db.audit().record(actor, "ABSENCES_IMPORTED", EntityNames.ABSENCE, Optional.empty(), detail);
            return absences.size();
        };
        return absences.size() >= BulkLoad.MIN_ROWS ? db.writeUncheckedReferences(load) : db.write(load);
    }

    /**
     * Records an amendment (变更): {@code newVersion} is stored as a new row linked to the original, which is kept
     * unchanged and marked superseded; the annual figures move from the old version to the new one.
     *
     * @throws InvalidChangeException when the original is cancelled, already superseded, or the person differs
     */
    public void amend(String originalId, Absence newVersion, String reason, Actor actor) {
        requireReason(reason, "AMEND_REASON_REQUIRED", Message.of("store.amendReasonRequired"));
        db.write(c -> {
            Current original = requireActive(c, originalId, Message.of("store.action.amend"));
            if (!original.person().equals(newVersion.personId())) {
                throw new InvalidChangeException("AMEND_OTHER_PERSON", Message.of("store.amendOtherPerson", originalId));
            }
            requireNewIds(c, List.of(newVersion.id()));
            YearSummary summary = new YearSummary();
            summary.subtract(original.figures());
            try (Writer writer = new Writer(c, actor, DerivedRows.PER_ROW)) {
                writer.add(newVersion, Optional.of(originalId), summary);
                writer.flush();
            }
            setState(c, originalId, AbsenceState.SUPERSEDED, original.effectiveReturn());
            insertEvent(c, originalId, EventType.AMENDED, db.now(), actor, Optional.empty(), Optional.of(reason),
                    Optional.of(newVersion.id()));
            summary.applyTo(c);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("newVersion", newVersion.id());
            detail.put("reason", reason);
            detail.put("after", describe(newVersion));
            db.audit().record(actor, "ABSENCE_AMENDED", EntityNames.ABSENCE, Optional.of(originalId), detail);
            return null;
        });
    }

    /**
     * Cancels an absence (撤销); it stays in the register as cancelled and stops counting anywhere.
     *
     * @throws InvalidChangeException when it is already cancelled or superseded
     */
    public void cancel(String id, String reason, Actor actor) {
        requireReason(reason, "CANCEL_REASON_REQUIRED", Message.of("store.cancelReasonRequired"));
        db.write(c -> {
            Current current = requireActive(c, id, Message.of("store.action.cancel"));
            insertEvent(c, id, EventType.CANCELLED, db.now(), actor, Optional.empty(), Optional.of(reason), Optional.empty());
            setState(c, id, AbsenceState.CANCELLED, current.effectiveReturn());
            YearSummary summary = new YearSummary();
            summary.subtract(current.figures());
            summary.applyTo(c);
            db.audit().record(actor, "ABSENCE_CANCELLED", EntityNames.ABSENCE, Optional.of(id),
                    Map.of("reason", reason));
            return null;
        });
    }

    /**
     * Records the day the person actually came back (销假); from then on that day is the absence's return day for
     * the timeline and the annual figures. The planned day stays stored.
     *
     * @throws InvalidChangeException when the day is before the departure, or the absence is not active
     */
    public void recordReturn(String id, LocalDate actualReturn, Actor actor) {
        db.write(c -> {
            Current current = requireActive(c, id, Message.of("store.action.return"));
            if (actualReturn.isBefore(current.depart())) {
                throw new InvalidChangeException("RETURN_BEFORE_DEPARTURE",
                        Message.of("store.returnBeforeDeparture", actualReturn, current.depart()));
            }
            insertEvent(c, id, EventType.RETURNED, db.now(), actor, Optional.of(actualReturn), Optional.empty(),
                    Optional.empty());
            setState(c, id, AbsenceState.ACTIVE, actualReturn);
            YearSummary summary = new YearSummary();
            summary.subtract(current.figures());
            summary.add(current.figures().withLastDay(actualReturn));
            summary.applyTo(c);
            db.audit().record(actor, "ABSENCE_RETURNED", EntityNames.ABSENCE, Optional.of(id),
                    Map.of("actualReturn", actualReturn.toString()));
            return null;
        });
    }

    /** Records that the person actually left on that day. Informational: the figures follow the recorded dates. */
    public void recordDeparture(String id, LocalDate actualDeparture, Actor actor) {
        db.write(c -> {
            requireActive(c, id, Message.of("store.action.depart"));
            insertEvent(c, id, EventType.DEPARTED, db.now(), actor, Optional.of(actualDeparture), Optional.empty(),
                    Optional.empty());
            db.audit().record(actor, "ABSENCE_DEPARTED", EntityNames.ABSENCE, Optional.of(id),
                    Map.of("actualDeparture", actualDeparture.toString()));
            return null;
        });
    }

    /** Records that the report due after the trip (回国报告, 出差报告) was handed in. */
    public void recordReportSubmitted(String id, Actor actor) {
        recordReportSubmitted(id, Optional.empty(), actor);
    }

    /** Records that the report due after the trip was handed in on that day. */
    public void recordReportSubmitted(String id, LocalDate handedIn, Actor actor) {
        recordReportSubmitted(id, Optional.of(handedIn), actor);
    }

    private void recordReportSubmitted(String id, Optional<LocalDate> handedIn, Actor actor) {
        db.write(c -> {
            requireActive(c, id, Message.of("store.action.report"));
            insertEvent(c, id, EventType.REPORT_SUBMITTED, db.now(), actor, handedIn, Optional.empty(),
                    Optional.empty());
            db.audit().record(actor, "ABSENCE_REPORT_SUBMITTED", EntityNames.ABSENCE, Optional.of(id),
                    handedIn.<Map<String, Object>>map(d -> Map.of("on", d.toString())).orElse(Map.of()));
            return null;
        });
    }

    private static void requireReason(String reason, String code, Message needed) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidChangeException(code, needed);
        }
    }

    // ---------------------------------------------------------------- reads

    /** One stored row, in any state. */
    public Optional<StoredAbsence> find(String id) {
        return db.read(c -> {
            List<StoredAbsence> rows = query(c, SELECT + " WHERE a.id = ?", List.of(id));
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        });
    }

    /** The person's current versions (cancelled ones included) away on at least one day between the dates. */
    public List<Absence> findForPerson(String personId, LocalDate from, LocalDate to) {
        return db.read(c -> absences(query(c, SELECT + """
                 WHERE s.person = ? AND s.state <> 'SUPERSEDED' AND s.depart <= ? AND s.effective_return >= ?
                 ORDER BY a.depart, a.id""", List.of(personId, Sql.date(to), Sql.date(from)))));
    }

    /**
     * Everything the rules engine needs to know about a person's past: the current version of each absence, in
     * its latest state, cancelled ones included with status CANCELLED, by departure day.
     */
    public List<Absence> history(String personId) {
        return db.read(c -> absences(query(c, SELECT + """
                 WHERE s.person = ? AND s.state <> 'SUPERSEDED'
                 ORDER BY a.depart, a.id""", List.of(personId))));
    }

    /**
     * The rules' view of the history around one request, read from a few adjacent index pages instead of the
     * person's whole history: the ACTIVE current versions (cancelled and superseded ones are left out, as the rules
     * ignore them) that
     * <ul>
     *   <li>belong to the request's person and overlap its dates, in full;</li>
     *   <li>are the person's trips abroad, for the quotas: only id, person, kind, scope, departure and effective
     *       return are filled in, the rest (stops, attachments, texts) is left empty;</li>
     *   <li>belong to one of {@code alsoPeople} (a stand-in, the presiding vice-mayor) and overlap the dates, in
     *       full;</li>
     *   <li>are meeting absences on one of the request's days, of anyone, in full: the quorum of a meeting held
     *       then (for a meeting absence, and for a member's trip over a meeting day).</li>
     * </ul>
     * Ordered by departure day and id, as {@link #history} is; each absence once. The request itself, if stored,
     * is among them like any other row.
     */
    public List<Absence> relevantTo(Absence request, Collection<String> alsoPeople) {
        String from = Sql.date(request.depart());
        String to = Sql.date(request.returnDate());
        return db.read(c -> {
            Set<String> full = new LinkedHashSet<>();
            Map<String, Absence> light = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT absence, person, kind, scope, depart, effective_return,
                           depart <= ?1 AND effective_return >= ?2 AS overlaps
                    FROM absence_state INDEXED BY absence_state_person
                    WHERE person = ?3 AND state = 'ACTIVE'
                      AND (depart <= ?1 AND effective_return >= ?2 OR scope = 'ABROAD')""")) {
                ps.setString(1, to);
                ps.setString(2, from);
                ps.setString(3, request.personId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("absence");
                        if (rs.getBoolean("overlaps")) {
                            full.add(id);
                        } else {
                            light.put(id, Absence.builder(id, rs.getString("person"),
                                    Kind.valueOf(rs.getString("kind")), Scope.valueOf(rs.getString("scope")),
                                    Sql.date(rs, "depart"), Sql.date(rs, "effective_return")).build());
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT absence FROM absence_state INDEXED BY absence_state_person
                    WHERE person = ? AND state = 'ACTIVE' AND depart <= ? AND effective_return >= ?""")) {
                for (String other : new LinkedHashSet<>(alsoPeople)) {
                    if (other.equals(request.personId())) {
                        continue;
                    }
                    ps.setString(1, other);
                    ps.setString(2, to);
                    ps.setString(3, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            full.add(rs.getString(1));
                        }
                    }
                }
            }
            // meeting absences of anyone on one of the request's days: the quorum of a meeting held then, for a
            // meeting absence and for a member's trip over a meeting day (Hegang 第三十七条)
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id FROM absence a INDEXED BY absence_depart_return
                    JOIN absence_state s ON s.absence = a.id
                    WHERE a.depart >= ? AND a.depart <= ? AND a.kind = 'MEETING_ABSENCE' AND s.state = 'ACTIVE'""")) {
                ps.setString(1, from);
                ps.setString(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        full.add(rs.getString(1));
                    }
                }
            }
            List<Absence> result = new ArrayList<>(full.size() + light.size());
            List<String> ids = new ArrayList<>(full);
            for (int start = 0; start < ids.size(); start += ID_CHECK_CHUNK) {
                List<String> chunk = ids.subList(start, Math.min(ids.size(), start + ID_CHECK_CHUNK));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                result.addAll(absences(query(c, SELECT + " WHERE a.id IN (" + marks + ")", chunk)));
            }
            light.keySet().removeAll(full);
            result.addAll(light.values());
            result.sort(HISTORY_ORDER);
            return List.copyOf(result);
        });
    }

    /** Who is away: the active absences that cover at least one day between the dates, by departure day. */
    public List<Absence> awayOn(LocalDate from, LocalDate to) {
        // driven by absence_state_timeline: only absences ending on or after `from` are read
        return db.read(c -> absences(query(c, """
                SELECT a.*, s.state, s.effective_return, NULL AS superseded_by,
                       (SELECT e.on_date FROM absence_event e
                        WHERE e.absence = a.id AND e.type = 'RETURNED' ORDER BY e.id DESC LIMIT 1) AS actual_return
                FROM absence_state s INDEXED BY absence_state_timeline
                JOIN absence a ON a.id = s.absence
                WHERE s.state = 'ACTIVE' AND s.effective_return >= ? AND a.depart <= ?
                ORDER BY a.depart, a.person, a.id""", List.of(Sql.date(from), Sql.date(to)))));
    }

    /** A page of the register, newest departure first. */
    public List<StoredAbsence> findRegister(RegisterFilter filter, int limit, int offset) {
        return registerPage(filter, RegisterSort.NEWEST, limit, offset).stream().map(RegisterLine::stored).toList();
    }

    /**
     * One page of the register in the order asked for: {@code limit} rows from {@code offset}. Two reads: the page's
     * ids from absence_state alone (which carries every filtered column but the free text and the role) through the
     * index that fits the filter and the order, then the full rows of those ids only; so neither a deep page nor a
     * rare filter computes anything for the rows it passes over.
     */
    public List<RegisterLine> registerPage(RegisterFilter filter, RegisterSort sort, int limit, int offset) {
        return db.read(c -> {
            List<String> ids = new RegisterQuery(c).ids(filter, sort, limit, offset);
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<String, Optional<Verdict>> verdicts = new HashMap<>();
            Map<String, Integer> open = new HashMap<>();
            Map<String, StoredAbsence> byId = new HashMap<>();
            String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
            for (StoredAbsence row : query(c, """
                    SELECT a.*, s.state, s.effective_return, s.verdict AS register_verdict,
                           s.open_steps AS register_open_steps, nx.id AS superseded_by,
                           (SELECT e.on_date FROM absence_event e
                            WHERE e.absence = a.id AND e.type = 'RETURNED' ORDER BY e.id DESC LIMIT 1) AS actual_return
                    FROM absence a
                    JOIN absence_state s ON s.absence = a.id
                    LEFT JOIN absence nx ON nx.supersedes = a.id
                    WHERE a.id IN (%s)""".formatted(marks), ids, rs -> {
                        String id = rs.getString("id");
                        verdicts.put(id, Sql.optionalText(rs, "register_verdict").map(Verdict::valueOf));
                        open.put(id, rs.getInt("register_open_steps"));
                    })) {
                byId.put(row.id(), row);
            }
            return ids.stream().map(id -> new RegisterLine(byId.get(id), verdicts.get(id), open.get(id))).toList();
        });
    }

    /** How many rows {@link #registerPage} has in all for the filter. */
    public long countRegister(RegisterFilter filter) {
        return db.read(c -> new RegisterQuery(c).count(filter));
    }

    /**
     * Records what the rulebook said about a version when it was filed or amended, for the register's verdict
     * column and filter.
     */
    public void recordVerdict(String id, Verdict verdict) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE absence_state SET verdict = ? WHERE absence = ?")) {
                ps.setString(1, verdict.name());
                ps.setString(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new RecordNotFoundException(EntityNames.ABSENCE, id);
                }
            }
            return null;
        });
    }

    /** Records many verdicts in one transaction (an import, the demo data, the background check of older rows). */
    public void recordVerdicts(Map<String, Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE absence_state SET verdict = ? WHERE absence = ?")) {
                for (Map.Entry<String, Verdict> entry : verdicts.entrySet()) {
                    ps.setString(1, entry.getValue().name());
                    ps.setString(2, entry.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Up to {@code limit} ids of current (not superseded) absences that have no verdict yet, newest departure first,
     * after the one {@code after} names (its departure day and id), for working through them a batch at a time.
     */
    public List<StoredAbsence> unchecked(int limit, Optional<StoredAbsence> after) {
        List<Object> params = new ArrayList<>();
        String cursor = after.isPresent() ? " AND (s.depart < ? OR (s.depart = ? AND s.absence > ?))" : "";
        if (after.isPresent()) {
            String depart = Sql.date(after.get().absence().depart());
            params.addAll(List.of(depart, depart, after.get().id()));
        }
        params.add(limit);
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.absence FROM absence_state s"
                    + " INDEXED BY absence_state_unchecked WHERE s.verdict IS NULL AND s.state <> 'SUPERSEDED'"
                    + cursor + " ORDER BY s.depart DESC, s.absence LIMIT ?")) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            List<StoredAbsence> rows = new ArrayList<>();
            for (String id : ids) {
                find(id).ifPresent(rows::add);
            }
            return rows;
        });
    }

    /**
     * The ACTIVE absences that may still owe a duty after return on {@code asOf}: planned or actual return before
     * that day, of a person whose role is in {@code roles}, of a kind in {@code kinds} and a scope in
     * {@code scopes} (an empty set means any), with the recorded return and report days. Which of them owe what
     * is the rulebook's to say; this only narrows the rows read.
     */
    public List<AfterReturnCandidate> afterReturnCandidates(LocalDate asOf, Set<cn.leavedesk.domain.Role> roles,
                                                            Set<Kind> kinds, Set<Scope> scopes) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.person, a.kind, a.scope, a.depart, a.return_date, a.meeting_type, a.meeting_convener,
                       a.acting_person,
                       (SELECT e.on_date FROM absence_event e WHERE e.absence = a.id AND e.type = 'RETURNED'
                        ORDER BY e.id DESC LIMIT 1) AS returned_on,
                       (SELECT coalesce(e.on_date, substr(e.at, 1, 10)) FROM absence_event e
                        WHERE e.absence = a.id AND e.type = 'REPORT_SUBMITTED' ORDER BY e.id DESC LIMIT 1) AS report_on
                FROM absence_state s
                JOIN absence a ON a.id = s.absence
                WHERE s.state = 'ACTIVE' AND (a.return_date < ? OR s.effective_return < ?)""");
        params.add(Sql.date(asOf));
        params.add(Sql.date(asOf));
        if (!roles.isEmpty()) {
            sql.append(" AND s.person IN (SELECT id FROM person WHERE role IN (")
                    .append(String.join(",", Collections.nCopies(roles.size(), "?"))).append("))");
            roles.stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (!kinds.isEmpty()) {
            sql.append(" AND s.kind IN (").append(String.join(",", Collections.nCopies(kinds.size(), "?"))).append(")");
            kinds.stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (!scopes.isEmpty()) {
            sql.append(" AND s.scope IN (").append(String.join(",", Collections.nCopies(scopes.size(), "?")))
                    .append(")");
            scopes.stream().map(Enum::name).sorted().forEach(params::add);
        }
        sql.append(" ORDER BY a.id");
        return db.read(c -> {
            List<AfterReturnCandidate> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Optional<String> meetingType = Sql.optionalText(rs, "meeting_type");
                        Optional<String> convener = Sql.optionalText(rs, "meeting_convener");
                        Absence absence = new Absence(rs.getString("id"), rs.getString("person"),
                                Kind.valueOf(rs.getString("kind")), Scope.valueOf(rs.getString("scope")),
                                Status.ACTIVE, Optional.empty(), Sql.date(rs, "depart"), Sql.date(rs, "return_date"),
                                Optional.empty(), Optional.empty(), Optional.empty(),
                                Sql.optionalText(rs, "acting_person"), List.of(), List.of(),
                                meetingType.map(type -> new Meeting(MeetingType.valueOf(type), convener)));
                        result.add(new AfterReturnCandidate(absence, Sql.optionalDate(rs, "returned_on"),
                                Sql.optionalDate(rs, "report_on")));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    /** Every version of the absence's amendment chain, oldest first. */
    public List<StoredAbsence> versions(String id) {
        return db.read(c -> query(c, """
                WITH RECURSIVE
                    back (id, supersedes) AS (
                        SELECT id, supersedes FROM absence WHERE id = ?
                        UNION SELECT a.id, a.supersedes FROM absence a JOIN back b ON a.id = b.supersedes),
                    root (id) AS (SELECT id FROM back WHERE supersedes IS NULL),
                    chain (id, depth) AS (
                        SELECT id, 0 FROM root
                        UNION SELECT a.id, c.depth + 1 FROM absence a JOIN chain c ON a.supersedes = c.id)
                """ + SELECT.replace("FROM absence a", "FROM chain ch JOIN absence a ON a.id = ch.id")
                + " ORDER BY ch.depth", List.of(id)));
    }

    /** What happened to this absence row, oldest first. */
    public List<AbsenceEvent> events(String absenceId) {
        return db.read(c -> {
            List<AbsenceEvent> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM absence_event WHERE absence = ? ORDER BY id")) {
                ps.setString(1, absenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new AbsenceEvent(rs.getLong("id"), rs.getString("absence"),
                                EventType.valueOf(rs.getString("type")), Sql.instant(rs, "at"),
                                rs.getString("actor"), Sql.optionalDate(rs, "on_date"),
                                Sql.optionalText(rs, "reason"), Sql.optionalText(rs, "related"),
                                Sql.optionalText(rs, "detail")));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    // ---------------------------------------------------------------- internals

    /** The largest rowid of {@code absence}: rows inserted after this call get larger ones (no AUTOINCREMENT gaps). */
    private static long lastAbsenceRow(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(rowid), 0) FROM absence");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Writes the {@code absence_state} row and the FILED event of every absence inserted after {@code lastRowBefore}
     * with two set-based statements: the same rows the per-row path writes, from the columns just stored, without
     * two million round trips through JDBC.
     */
    private static void insertDerivedRows(Connection c, long lastRowBefore) throws SQLException {
        try (PreparedStatement state = c.prepareStatement("""
                INSERT INTO absence_state (absence, person, kind, scope, depart, state, effective_return)
                SELECT id, person, kind, scope, depart, status, return_date FROM absence WHERE rowid > ?
                ORDER BY id""");
             PreparedStatement event = c.prepareStatement("""
                INSERT INTO absence_event (absence, type, at, actor, on_date, related)
                SELECT id, 'FILED', created_at, created_by, filed, supersedes FROM absence WHERE rowid > ?
                ORDER BY rowid""")) {
            state.setLong(1, lastRowBefore);
            state.executeUpdate();
            event.setLong(1, lastRowBefore);
            event.executeUpdate();
        }
    }

    /** An SQL string literal: the text in single quotes, each quote inside doubled. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Whether {@link Writer} writes each absence's state row and FILED event itself, or leaves them to a bulk pass. */
    private enum DerivedRows { PER_ROW, IN_BULK }

    /** What the store needs to know about a row's present state before changing it. */
    private record Current(String id, String person, AbsenceState state, LocalDate depart,
                           LocalDate effectiveReturn, YearSummary.Figures figures) {
    }

    private Current requireActive(Connection c, String id, Message action)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.person, a.kind, a.scope, a.depart, s.state, s.effective_return,
                       (SELECT nx.id FROM absence nx WHERE nx.supersedes = a.id) AS superseded_by
                FROM absence a JOIN absence_state s ON s.absence = a.id WHERE a.id = ?""")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RecordNotFoundException(EntityNames.ABSENCE, id);
                }
                AbsenceState state = AbsenceState.valueOf(rs.getString("state"));
                if (state == AbsenceState.CANCELLED) {
                    throw new InvalidChangeException("ABSENCE_CANCELLED", Message.of("store.absenceCancelled", id, action));
                }
                if (state == AbsenceState.SUPERSEDED) {
                    String newer = rs.getString("superseded_by");
                    throw new InvalidChangeException("ABSENCE_SUPERSEDED",
                            Message.of("store.absenceSuperseded", id, newer, action));
                }
                LocalDate depart = Sql.date(rs, "depart");
                LocalDate effectiveReturn = Sql.date(rs, "effective_return");
                String person = rs.getString("person");
                YearSummary.Figures figures = new YearSummary.Figures(person, Kind.valueOf(rs.getString("kind")),
                        Scope.valueOf(rs.getString("scope")), depart, effectiveReturn);
                return new Current(id, person, state, depart, effectiveReturn, figures);
            }
        }
    }

    private static void setState(Connection c, String id, AbsenceState state, LocalDate effectiveReturn)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE absence_state SET state = ?, effective_return = ? WHERE absence = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, Sql.date(effectiveReturn));
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    static void insertEvent(Connection c, String absenceId, EventType type, Instant at, Actor actor,
                            Optional<LocalDate> onDate, Optional<String> reason, Optional<String> related)
            throws SQLException {
        insertEvent(c, absenceId, type, at, actor, onDate, reason, related, Optional.empty());
    }

    static void insertEvent(Connection c, String absenceId, EventType type, Instant at, Actor actor,
                            Optional<LocalDate> onDate, Optional<String> reason, Optional<String> related,
                            Optional<String> detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO absence_event (absence, type, at, actor, on_date, reason, related, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, absenceId);
            ps.setString(2, type.name());
            ps.setString(3, Sql.instant(at));
            ps.setString(4, actor.name());
            Sql.setDate(ps, 5, onDate);
            Sql.setText(ps, 6, reason);
            Sql.setText(ps, 7, related);
            Sql.setText(ps, 8, detail);
            ps.executeUpdate();
        }
    }

    private static void requirePerson(Connection c, String personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RecordNotFoundException(EntityNames.PERSON, personId);
                }
            }
        }
    }

    private static Set<String> personIds(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM person"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Refuses ids already stored, naming the first one found. */
    private static void requireNewIds(Connection c, List<String> ids) throws SQLException {
        for (int start = 0; start < ids.size(); start += ID_CHECK_CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + ID_CHECK_CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM absence WHERE id IN (" + marks + ") LIMIT 1")) {
                bind(ps, new ArrayList<>(chunk));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new DuplicateIdException(EntityNames.ABSENCE, rs.getString(1));
                    }
                }
            }
        }
    }

    private static Map<String, Object> describe(Absence a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", a.personId());
        m.put("kind", a.kind().name());
        m.put("scope", a.scope().name());
        m.put("status", a.status().name());
        m.put("depart", a.depart().toString());
        m.put("return", a.returnDate().toString());
        a.filed().ifPresent(d -> m.put("filed", d.toString()));
        a.destination().ifPresent(d -> m.put("destination", d));
        return m;
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, String.valueOf(p));
            }
        }
    }

    private static List<Absence> absences(List<StoredAbsence> rows) {
        return rows.stream().map(StoredAbsence::absence).toList();
    }

    /**
     * Runs an absence query, then reads the stops and attachment names of all its rows with a few {@code IN} queries
     * instead of two queries per row: a person's history of hundreds of absences costs three round trips to SQLite
     * rather than a thousand.
     */
    private static List<StoredAbsence> query(Connection c, String sql, List<?> params) throws SQLException {
        return query(c, sql, params, rs -> { });
    }

    /** Reads columns beyond the absence's own from each row as it goes by. */
    @FunctionalInterface
    private interface ExtraColumns {
        void read(ResultSet rs) throws SQLException;
    }

    private static List<StoredAbsence> query(Connection c, String sql, List<?> params, ExtraColumns extra)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Row.read(rs));
                    extra.read(rs);
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(Row::id).toList();
        Map<String, List<Stop>> stops = dependents(c, ids,
                "SELECT absence, country, leaves_airport FROM stop WHERE absence IN (%s) ORDER BY absence, seq",
                rs -> new Stop(rs.getString(2), rs.getInt(3) == 1));
        Map<String, List<String>> files = dependents(c, ids,
                "SELECT absence, file_name FROM attachment WHERE absence IN (%s) AND removed_at IS NULL"
                        + " ORDER BY absence, id",
                rs -> rs.getString(2));
        List<StoredAbsence> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            result.add(row.toStored(files.getOrDefault(row.id(), List.of()), stops.getOrDefault(row.id(), List.of())));
        }
        return List.copyOf(result);
    }

    /** Reads one value of a dependent row whose first column is the absence id. */
    @FunctionalInterface
    private interface DependentReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> Map<String, List<T>> dependents(Connection c, List<String> ids, String sqlTemplate,
                                                      DependentReader<T> reader) throws SQLException {
        Map<String, List<T>> result = new HashMap<>();
        for (int start = 0; start < ids.size(); start += ID_CHECK_CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + ID_CHECK_CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(String.format(sqlTemplate, marks))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(reader.read(rs));
                    }
                }
            }
        }
        return result;
    }

    /** One row of an absence query before its stops and attachments are known. */
    private record Row(String id, String person, Kind kind, Scope scope, AbsenceState state, Optional<LocalDate> filed,
                       LocalDate depart, LocalDate effectiveReturn, Optional<String> destination,
                       Optional<String> reason, Optional<String> contact, Optional<String> actingPerson,
                       Optional<Meeting> meeting, LocalDate plannedReturn, Optional<LocalDate> actualReturn,
                       Optional<String> supersedes, Optional<String> supersededBy, Instant createdAt,
                       String createdBy) {
        static Row read(ResultSet rs) throws SQLException {
            Optional<String> meetingType = Sql.optionalText(rs, "meeting_type");
            Optional<String> convener = Sql.optionalText(rs, "meeting_convener");
            return new Row(rs.getString("id"), rs.getString("person"), Kind.valueOf(rs.getString("kind")),
                    Scope.valueOf(rs.getString("scope")), AbsenceState.valueOf(rs.getString("state")),
                    Sql.optionalDate(rs, "filed"), Sql.date(rs, "depart"), Sql.date(rs, "effective_return"),
                    Sql.optionalText(rs, "destination"), Sql.optionalText(rs, "reason"),
                    Sql.optionalText(rs, "contact"), Sql.optionalText(rs, "acting_person"),
                    meetingType.map(type -> new Meeting(MeetingType.valueOf(type), convener)),
                    Sql.date(rs, "return_date"), Sql.optionalDate(rs, "actual_return"),
                    Sql.optionalText(rs, "supersedes"), Sql.optionalText(rs, "superseded_by"),
                    Sql.instant(rs, "created_at"), rs.getString("created_by"));
        }

        StoredAbsence toStored(List<String> files, List<Stop> stops) {
            Absence absence = new Absence(id, person, kind, scope,
                    state == AbsenceState.CANCELLED ? Status.CANCELLED : Status.ACTIVE, filed, depart,
                    effectiveReturn, destination, reason, contact, actingPerson, files, stops, meeting);
            return new StoredAbsence(absence, state, plannedReturn, actualReturn, supersedes, supersededBy, createdAt,
                    createdBy);
        }
    }

    /** Prepared inserts for absences and their dependent rows, sent in JDBC batches. */
    private final class Writer implements AutoCloseable {
        private final PreparedStatement absence;
        private final PreparedStatement stop;
        private final PreparedStatement attachment;
        private final PreparedStatement state;
        private final PreparedStatement event;
        private final Actor actor;
        private final String now;
        private final DerivedRows derived;

        Writer(Connection c, Actor actor, DerivedRows derived) throws SQLException {
            this.actor = actor;
            this.derived = derived;
            this.now = Sql.instant(db.now());
            // the time and the clerk are the same for every row a Writer writes: part of the statement's text rather
            // than two more values bound on each of a million rows
            String stamp = literal(now) + ", " + literal(actor.name());
            absence = c.prepareStatement("""
                    INSERT INTO absence (id, person, kind, scope, status, filed, depart, return_date, destination,
                                         reason, contact, acting_person, meeting_type, meeting_convener, supersedes,
                                         created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)""".formatted(stamp));
            stop = c.prepareStatement("INSERT INTO stop (absence, seq, country, leaves_airport) VALUES (?, ?, ?, ?)");
            attachment = c.prepareStatement(
                    "INSERT INTO attachment (absence, file_name, added_at, added_by) VALUES (?, ?, " + stamp + ")");
            state = c.prepareStatement(
                    "INSERT INTO absence_state (absence, person, kind, scope, depart, state, effective_return)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)");
            event = c.prepareStatement("""
                    INSERT INTO absence_event (absence, type, at, actor, on_date, related)
                    VALUES (?, 'FILED', ?, ?, ?, ?)""");
        }

        void add(Absence a, Optional<String> supersedes, YearSummary summary) throws SQLException {
            absence.setString(1, a.id());
            absence.setString(2, a.personId());
            absence.setString(3, a.kind().name());
            absence.setString(4, a.scope().name());
            absence.setString(5, a.status().name());
            Sql.setDate(absence, 6, a.filed());
            absence.setString(7, Sql.date(a.depart()));
            absence.setString(8, Sql.date(a.returnDate()));
            Sql.setText(absence, 9, a.destination());
            Sql.setText(absence, 10, a.reason());
            Sql.setText(absence, 11, a.contact());
            Sql.setText(absence, 12, a.actingPerson());
            Sql.setEnum(absence, 13, a.meeting().map(Meeting::type));
            Sql.setText(absence, 14, a.meeting().flatMap(Meeting::convener));
            Sql.setText(absence, 15, supersedes);
            absence.addBatch();
            int seq = 0;
            for (Stop s : a.stops()) {
                stop.setString(1, a.id());
                stop.setInt(2, ++seq);
                stop.setString(3, s.country());
                stop.setInt(4, s.leavesAirport() ? 1 : 0);
                stop.addBatch();
            }
            for (String name : a.attachments()) {
                attachment.setString(1, a.id());
                attachment.setString(2, name);
                attachment.addBatch();
            }
            if (derived == DerivedRows.PER_ROW) {
                state.setString(1, a.id());
                state.setString(2, a.personId());
                state.setString(3, a.kind().name());
                state.setString(4, a.scope().name());
                state.setString(5, Sql.date(a.depart()));
                state.setString(6, a.isActive() ? AbsenceState.ACTIVE.name() : AbsenceState.CANCELLED.name());
                state.setString(7, Sql.date(a.returnDate()));
                state.addBatch();
                event.setString(1, a.id());
                event.setString(2, now);
                event.setString(3, actor.name());
                Sql.setDate(event, 4, a.filed());
                Sql.setText(event, 5, supersedes);
                event.addBatch();
            }
            if (a.isActive()) {
                summary.add(new YearSummary.Figures(a.personId(), a.kind(), a.scope(), a.depart(), a.returnDate()));
            }
        }

        /** Parents first, so the foreign keys hold at every statement. */
        void flush() throws SQLException {
            absence.executeBatch();
            stop.executeBatch();
            attachment.executeBatch();
            state.executeBatch();
            event.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            absence.close();
            stop.close();
            attachment.close();
            state.close();
            event.close();
        }
    }
}
