package cn.leavedesk.store;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Term;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private static final String SELECT = """
            SELECT p.id, p.name, p.role, p.portfolios, p.supervisor, p.contact, t.start_date, t.end_date
            FROM person p
            LEFT JOIN term t ON t.person = p.id AND t.seq = (SELECT max(seq) FROM term WHERE person = p.id)
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
        return new Roster(all());
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
