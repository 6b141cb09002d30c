package cn.leavedesk.store;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Term;
import cn.leavedesk.domain.roster.RosterRow;
import cn.leavedesk.domain.roster.TermRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people whose absences are recorded. A person row holds the current name, role and portfolios; every change
 * of role or term adds a row to the term history instead of replacing it.
 */
public final class PersonRepository {
    /**
     * The current term is the newest original entry, as its latest correction has it (a correction of an older
     * term is newer by seq but does not make that term current).
     */
    private static final String SELECT = """
            SELECT p.id, p.name, p.role, p.portfolios, p.supervisor, p.contact, p.retired_on, t.start_date, t.end_date
            FROM person p
            LEFT JOIN term t ON t.person = p.id AND t.seq = (
                SELECT max(c.seq) FROM term c
                WHERE c.person = p.id AND coalesce(c.corrects, c.seq) = (
                    SELECT max(o.seq) FROM term o WHERE o.person = p.id AND o.corrects IS NULL))
            """;

    private final Database db;

    PersonRepository(Database db) {
        this.db = db;
    }

    /** Adds the person, or updates the stored one; a changed role or term is added to the history. */
    public void upsert(Person person, Actor actor) {
        db.write(c -> {
            save(c, person, actor, Mode.UPSERT);
            return null;
        });
    }

    /** {@link #upsert} for many people, in one transaction. */
    public void upsertAll(List<Person> people, Actor actor) {
        db.write(c -> {
            for (Person person : people) {
                save(c, person, actor, Mode.UPSERT);
            }
            return null;
        });
    }

    /**
     * Adds new people, all or none.
     *
     * @throws DuplicateIdException when one of the ids is already stored
     */
    public void insertAll(List<Person> people, Actor actor) {
        db.write(c -> {
            for (Person person : people) {
                save(c, person, actor, Mode.INSERT_ONLY);
            }
            return null;
        });
    }

    private enum Mode { UPSERT, INSERT_ONLY }

    private void save(Connection c, Person person, Actor actor, Mode mode) throws SQLException {
        Optional<Person> existing = find(c, person.id());
        String now = Sql.instant(db.now());
        if (existing.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO person (id, name, role, portfolios, supervisor, contact, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, person.id());
                ps.setString(2, person.name());
                ps.setString(3, person.role().name());
                ps.setString(4, String.join(" ", person.portfolios()));
                Sql.setText(ps, 5, person.supervisor());
                Sql.setText(ps, 6, person.contact());
                ps.setString(7, now);
                ps.setString(8, now);
                ps.executeUpdate();
            }
            addTerm(c, person, actor);
            db.audit().record(actor, "PERSON_ADDED", EntityNames.PERSON, Optional.of(person.id()), describe(person));
            return;
        }
        if (mode == Mode.INSERT_ONLY) {
            throw new DuplicateIdException(EntityNames.PERSON, person.id());
        }
        Person before = existing.get();
        if (before.equals(person)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE person SET name = ?, role = ?, portfolios = ?, supervisor = ?, contact = ?, updated_at = ?"
                        + " WHERE id = ?")) {
            ps.setString(1, person.name());
            ps.setString(2, person.role().name());
            ps.setString(3, String.join(" ", person.portfolios()));
            Sql.setText(ps, 4, person.supervisor());
            Sql.setText(ps, 5, person.contact());
            ps.setString(6, now);
            ps.setString(7, person.id());
            ps.executeUpdate();
        }
        if (before.role() != person.role() || !before.term().equals(person.term())) {
            addTerm(c, person, actor);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", describe(before));
        detail.put("after", describe(person));
        db.audit().record(actor, "PERSON_UPDATED", EntityNames.PERSON, Optional.of(person.id()), detail);
    }

    private static Map<String, Object> describe(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("role", p.role().name());
        m.put("portfolios", p.portfolios());
        m.put("supervisor", p.supervisor().orElse(null));
        m.put("term", p.term().map(t -> t.start() + "/" + t.end()).orElse(null));
        m.put("contact", p.contact().orElse(null));
        return m;
    }

    private void addTerm(Connection c, Person person, Actor actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO term (person, seq, role, start_date, end_date, recorded_at, recorded_by)
                VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM term WHERE person = ?), ?, ?, ?, ?, ?)""")) {
            ps.setString(1, person.id());
            ps.setString(2, person.id());
            ps.setString(3, person.role().name());
            Sql.setDate(ps, 4, person.term().map(Term::start));
            Sql.setDate(ps, 5, person.term().map(Term::end));
            ps.setString(6, Sql.instant(db.now()));
            ps.setString(7, actor.name());
            ps.executeUpdate();
        }
    }

    public Optional<Person> find(String id) {
        return db.read(c -> find(c, id));
    }

    private static Optional<Person> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Everyone, sorted by id. */
    public List<Person> all() {
        return db.read(c -> {
            List<Person> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY p.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return List.copyOf(result);
        });
    }

    /** The people holding the role, sorted by id: a few rows where the whole roster is not needed. */
    public List<Person> withRole(Role role) {
        return db.read(c -> {
            List<Person> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.role = ? ORDER BY p.id")) {
                ps.setString(1, role.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    public Roster roster() {
        return new Roster(all(), allTerms());
    }

    /**
     * Everyone's terms of office from the history, oldest first, each original entry as its latest correction has
     * it (as {@link #terms}); entries without dates are left out.
     */
    public Map<String, List<Term>> allTerms() {
        return db.read(c -> {
            Map<String, List<Term>> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.person, t.start_date, t.end_date FROM term o
                    JOIN term t ON t.person = o.person AND t.seq = (
                        SELECT max(x.seq) FROM term x WHERE x.person = o.person AND coalesce(x.corrects, x.seq) = o.seq)
                    WHERE o.corrects IS NULL
                    ORDER BY o.person, o.seq""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String person = rs.getString("person");
                    term(rs).ifPresent(t -> result.computeIfAbsent(person, id -> new ArrayList<>()).add(t));
                }
            }
            return result;
        });
    }

    /** The person's roles and terms, oldest first. */
    public List<TermRecord> termHistory(String personId) {
        return db.read(c -> {
            List<TermRecord> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM term WHERE person = ? ORDER BY seq")) {
                ps.setString(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new TermRecord(personId, rs.getInt("seq"), Role.valueOf(rs.getString("role")),
                                term(rs), Sql.instant(rs, "recorded_at"), rs.getString("recorded_by")));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    /**
     * Everyone with what the roster screen shows beside them: the retirement day and how many absence records name
     * them (any state; a person with records cannot be deleted).
     */
    public List<RosterRow> rosterRows() {
        return db.read(c -> {
            List<RosterRow> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT q.*, (SELECT count(*) FROM absence_state s"
                    + " WHERE s.person = q.id) AS absences FROM (" + SELECT + ") q ORDER BY q.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new RosterRow(read(rs), Sql.optionalDate(rs, "retired_on"), rs.getInt("absences")));
                }
            }
            return List.copyOf(result);
        });
    }

    /**
     * The person's terms as they now stand, oldest first: each original entry replaced by its latest correction,
     * reported under the original's seq (which is what {@link #correctTerm} takes).
     */
    public List<TermRecord> terms(String personId) {
        return db.read(c -> {
            List<TermRecord> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.seq AS original, t.* FROM term o
                    JOIN term t ON t.person = o.person AND t.seq = (
                        SELECT max(x.seq) FROM term x WHERE x.person = o.person AND coalesce(x.corrects, x.seq) = o.seq)
                    WHERE o.person = ? AND o.corrects IS NULL
                    ORDER BY o.seq""")) {
                ps.setString(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new TermRecord(personId, rs.getInt("original"), Role.valueOf(rs.getString("role")),
                                term(rs), Sql.instant(rs, "recorded_at"), rs.getString("recorded_by")));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    /**
     * Changes what the roster shows about a serving person — name, portfolios, supervisor, contact — and leaves
     * role and term to {@link #addTerm} and {@link #correctTerm}, which keep their history.
     *
     * @throws RecordNotFoundException when no such person is stored
     */
    public void updateDetails(Person person, Actor actor) {
        db.write(c -> {
            Person before = find(c, person.id()).orElseThrow(() -> notFound(person.id()));
            Person after = new Person(person.id(), person.name(), before.role(), person.portfolios(),
                    person.supervisor(), before.term(), person.contact());
            if (before.equals(after)) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET name = ?, portfolios = ?, supervisor = ?,"
                    + " contact = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, after.name());
                ps.setString(2, String.join(" ", after.portfolios()));
                Sql.setText(ps, 3, after.supervisor());
                Sql.setText(ps, 4, after.contact());
                ps.setString(5, Sql.instant(db.now()));
                ps.setString(6, after.id());
                ps.executeUpdate();
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("before", describe(before));
            detail.put("after", describe(after));
            db.audit().record(actor, "PERSON_UPDATED", EntityNames.PERSON, Optional.of(person.id()), detail);
            return null;
        });
    }

    /** Adds a term (a second term, a new role) after the others; it becomes the person's current role and term. */
    public void addTerm(String personId, Role role, Optional<Term> term, Actor actor) {
        db.write(c -> {
            find(c, personId).orElseThrow(() -> notFound(personId));
            insertTerm(c, personId, role, term, Optional.empty(), actor);
            setRole(c, personId, role);
            db.audit().record(actor, "PERSON_TERM_ADDED", EntityNames.PERSON, Optional.of(personId),
                    termDetail(role, term));
            return null;
        });
    }

    /**
     * Corrects a term entry that was typed wrongly; the wrong row is kept. Correcting the current term also
     * corrects the person's current role.
     *
     * @param seq the entry as {@link #terms} reports it
     */
    public void correctTerm(String personId, int seq, Role role, Optional<Term> term, Actor actor) {
        db.write(c -> {
            List<TermRecord> terms = terms(personId);
            TermRecord corrected = terms.stream().filter(t -> t.seq() == seq).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("term", personId + "#" + seq));
            if (corrected.role() == role && corrected.term().equals(term)) {
                return null;
            }
            insertTerm(c, personId, role, term, Optional.of(seq), actor);
            if (terms.get(terms.size() - 1).seq() == seq) {
                setRole(c, personId, role);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("seq", seq);
            detail.put("before", termDetail(corrected.role(), corrected.term()));
            detail.put("after", termDetail(role, term));
            db.audit().record(actor, "PERSON_TERM_CORRECTED", EntityNames.PERSON, Optional.of(personId), detail);
            return null;
        });
    }

    /** Takes the person off the active roster from {@code day}; every record about them stays. */
    public void retire(String personId, LocalDate day, Actor actor) {
        setRetired(personId, Optional.of(day), "PERSON_RETIRED", actor);
    }

    /** Puts a retired person back on the active roster. */
    public void reinstate(String personId, Actor actor) {
        setRetired(personId, Optional.empty(), "PERSON_REINSTATED", actor);
    }

    private void setRetired(String personId, Optional<LocalDate> day, String action, Actor actor) {
        db.write(c -> {
            find(c, personId).orElseThrow(() -> notFound(personId));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE person SET retired_on = ?, updated_at = ? WHERE id = ?")) {
                Sql.setDate(ps, 1, day);
                ps.setString(2, Sql.instant(db.now()));
                ps.setString(3, personId);
                ps.executeUpdate();
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("retiredOn", day.map(LocalDate::toString).orElse(null));
            db.audit().record(actor, action, EntityNames.PERSON, Optional.of(personId), detail);
            return null;
        });
    }

    /**
     * Deletes a person typed in by mistake. Refused when any record would be left pointing at nobody: an absence
     * of theirs, an absence naming them as acting person, or someone they supervise.
     *
     * @throws InvalidChangeException with code {@code PERSON_HAS_RECORDS} and the reason
     */
    public void delete(String personId, Actor actor) {
        db.write(c -> {
            Person person = find(c, personId).orElseThrow(() -> notFound(personId));
            int absences = count(c, "SELECT count(*) FROM absence WHERE person = ?", personId);
            int acting = count(c, "SELECT count(*) FROM absence WHERE acting_person = ?", personId);
            int supervised = count(c, "SELECT count(*) FROM person WHERE supervisor = ?", personId);
            if (absences > 0 || acting > 0 || supervised > 0) {
                throw new InvalidChangeException("PERSON_HAS_RECORDS", Message.of("store.personHasRecords",
                        person.displayName(), absences, acting, supervised));
            }
            // someone typed in by mistake was never a meeting's member either: they leave the recorded member lists
            for (String sql : List.of("DELETE FROM meeting_member WHERE person = ?", "DELETE FROM term WHERE person = ?",
                    "DELETE FROM person WHERE id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, personId);
                    ps.executeUpdate();
                }
            }
            db.audit().record(actor, "PERSON_DELETED", EntityNames.PERSON, Optional.of(personId), describe(person));
            return null;
        });
    }

    private static int count(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private void insertTerm(Connection c, String personId, Role role, Optional<Term> term, Optional<Integer> corrects,
                            Actor actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO term (person, seq, role, start_date, end_date, recorded_at, recorded_by, corrects)
                VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM term WHERE person = ?), ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, personId);
            ps.setString(2, personId);
            ps.setString(3, role.name());
            Sql.setDate(ps, 4, term.map(Term::start));
            Sql.setDate(ps, 5, term.map(Term::end));
            ps.setString(6, Sql.instant(db.now()));
            ps.setString(7, actor.name());
            if (corrects.isPresent()) {
                ps.setInt(8, corrects.get());
            } else {
                ps.setNull(8, java.sql.Types.INTEGER);
            }
            ps.executeUpdate();
        }
    }

    private void setRole(Connection c, String personId, Role role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET role = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, role.name());
            ps.setString(2, Sql.instant(db.now()));
            ps.setString(3, personId);
            ps.executeUpdate();
        }
    }

    private static Map<String, Object> termDetail(Role role, Optional<Term> term) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role.name());
        m.put("term", term.map(t -> t.start() + "/" + t.end()).orElse(null));
        return m;
    }

    private static RecordNotFoundException notFound(String personId) {
        return new RecordNotFoundException(EntityNames.PERSON, personId);
    }

    private static Person read(ResultSet rs) throws SQLException {
        String portfolios = rs.getString("portfolios");
        return new Person(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                portfolios.isBlank() ? List.of() : Arrays.asList(portfolios.split(" ")),
                Sql.optionalText(rs, "supervisor"), term(rs), Sql.optionalText(rs, "contact"));
    }

    private static Optional<Term> term(ResultSet rs) throws SQLException {
        Optional<java.time.LocalDate> start = Sql.optionalDate(rs, "start_date");
        Optional<java.time.LocalDate> end = Sql.optionalDate(rs, "end_date");
        return start.isPresent() && end.isPresent() ? Optional.of(new Term(start.get(), end.get())) : Optional.empty();
    }
}
