package cn.leavedesk.service;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Term;
import cn.leavedesk.domain.Words;
import cn.leavedesk.domain.roster.RosterRow;
import cn.leavedesk.domain.roster.TermRecord;
import cn.leavedesk.io.PortfolioWords;
import cn.leavedesk.service.RosterProblem.Code;
import cn.leavedesk.service.RosterProblem.Field;
import cn.leavedesk.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The roster as the 人员 screen changes it: people added and edited with every field checked first, terms added
 * (a second term) or corrected with the history kept, people retired rather than deleted once records name them.
 * Every change is written with its audit line, by the clerk named in the settings.
 */
public final class RosterService {
    static final int MAX_NAME = 40;
    static final int MAX_CONTACT = 40;
    static final int MAX_PORTFOLIOS = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    /** Digits, brackets and separators, half- or full-width, and the word for an extension (data: 转). */
    private static final Pattern CONTACT = Pattern.compile("[0-9+()\\uFF08\\uFF09\\-\\s,\\uFF0C;\\uFF1B/"
            + Pattern.quote(Words.of(RosterService.class, "contact-words.properties").one("extension")) + "]+");
    private static final Set<Role> SUPERVISORS = Set.of(Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR);

    private final Database db;

    public RosterService(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Everyone, serving and retired, by id. */
    public List<RosterRow> roster() {
        return db.people().rosterRows();
    }

    /** The person's terms as they now stand, oldest first (corrections applied). */
    public List<TermRecord> terms(String personId) {
        return db.people().terms(personId);
    }

    /**
     * The term the person held on {@code day}, from their whole term history (not only the current term), so that a
     * count "in this term" for a past year uses the term of that year.
     */
    public Optional<Term> termOn(String personId, LocalDate day) {
        return terms(personId).stream().map(TermRecord::term).flatMap(Optional::stream)
                .filter(t -> t.contains(day)).reduce((first, later) -> later);
    }

    /** Who may be named as supervising vice-mayor: serving vice-mayors and the executive vice-mayor. */
    public List<Person> supervisors() {
        return roster().stream().filter(r -> !r.isRetired()).map(RosterRow::person)
                .filter(p -> SUPERVISORS.contains(p.role())).toList();
    }

    /** Every problem of a form for a new person ({@code editing} empty) or for an existing one. */
    public List<RosterProblem> check(PersonForm form, Optional<String> editing) {
        List<RosterProblem> problems = new ArrayList<>();
        List<RosterRow> roster = roster();
        if (editing.isEmpty() && form.id().isPresent()) {
            String id = form.id().get();
            if (!ID.matcher(id).matches()) {
                problems.add(RosterProblem.of(Field.ID, Code.INVALID));
            } else if (roster.stream().anyMatch(r -> r.person().id().equals(id))) {
                problems.add(RosterProblem.of(Field.ID, Code.ID_TAKEN, id));
            }
        }
        if (form.name().isEmpty()) {
            problems.add(RosterProblem.of(Field.NAME, Code.REQUIRED));
        } else if (length(form.name()) > MAX_NAME) {
            problems.add(RosterProblem.of(Field.NAME, Code.TOO_LONG, MAX_NAME));
        } else if (form.name().codePoints().anyMatch(Character::isISOControl)) {
            problems.add(RosterProblem.of(Field.NAME, Code.INVALID));
        }
        if (form.role().isEmpty()) {
            problems.add(RosterProblem.of(Field.ROLE, Code.REQUIRED));
        }
        if (length(form.portfolios()) > MAX_PORTFOLIOS) {
            problems.add(RosterProblem.of(Field.PORTFOLIOS, Code.TOO_LONG, MAX_PORTFOLIOS));
        }
        form.supervisor().ifPresent(id -> {
            Optional<Person> supervisor = roster.stream().map(RosterRow::person).filter(p -> p.id().equals(id))
                    .findFirst();
            if (editing.filter(id::equals).isPresent()) {
                problems.add(RosterProblem.of(Field.SUPERVISOR, Code.SUPERVISES_SELF));
            } else if (supervisor.isEmpty()) {
                problems.add(RosterProblem.of(Field.SUPERVISOR, Code.UNKNOWN_PERSON, id));
            } else if (!SUPERVISORS.contains(supervisor.get().role())) {
                problems.add(RosterProblem.of(Field.SUPERVISOR, Code.NOT_A_VICE_MAYOR, supervisor.get().displayName()));
            }
        });
        if (length(form.contact()) > MAX_CONTACT) {
            problems.add(RosterProblem.of(Field.CONTACT, Code.TOO_LONG, MAX_CONTACT));
        } else if (!form.contact().isEmpty() && !CONTACT.matcher(form.contact()).matches()) {
            problems.add(RosterProblem.of(Field.CONTACT, Code.INVALID));
        }
        problems.addAll(termProblems(form.termStart(), form.termEnd()));
        return List.copyOf(problems);
    }

    /**
     * 分管领域 as a clerk types them (外事、商务), for screens that show or search a person's stored portfolio words; the
     * same reading the roster form saves and an import file gets.
     */
    public static String portfolioText(List<String> words) {
        return PortfolioWords.text(words);
    }

    /** A term is both days or neither, and does not end before it starts. */
    public static List<RosterProblem> termProblems(Optional<LocalDate> start, Optional<LocalDate> end) {
        if (start.isPresent() && end.isEmpty()) {
            return List.of(RosterProblem.of(Field.TERM_END, Code.BOTH_ENDS));
        }
        if (end.isPresent() && start.isEmpty()) {
            return List.of(RosterProblem.of(Field.TERM_START, Code.BOTH_ENDS));
        }
        if (start.isPresent() && end.get().isBefore(start.get())) {
            return List.of(RosterProblem.of(Field.TERM_END, Code.END_BEFORE_START, start.get()));
        }
        return List.of();
    }

    /**
     * Stores a new person with their first term.
     *
     * @return the stored person (with the id made up when none was typed)
     * @throws RosterChangeException when the form has problems; nothing is written
     */
    public Person add(PersonForm form) {
        refuseIfProblems(check(form, Optional.empty()));
        String id = form.id().orElseGet(this::newId);
        Person person = person(id, form);
        db.people().insertAll(List.of(person), actor());
        return person;
    }

    /**
     * Changes a person's details; a changed role or term corrects their current term entry (a new term is
     * {@link #addTerm}).
     */
    public void update(String personId, PersonForm form) {
        refuseIfProblems(check(form, Optional.of(personId)));
        Person person = person(personId, form);
        Actor actor = actor();
        db.inTransaction(() -> {
            db.people().updateDetails(person, actor);
            List<TermRecord> terms = terms(personId);
            Optional<Term> term = person.term();
            if (terms.isEmpty()) {
                db.people().addTerm(personId, person.role(), term, actor);
            } else {
                TermRecord current = terms.get(terms.size() - 1);
                db.people().correctTerm(personId, current.seq(), person.role(), term, actor);
            }
        });
    }

    /**
     * Adds a term after the current one — a second term, or a new role — which becomes the current one. It must
     * start after the current term starts; an overlap with its end is allowed (a re-election takes effect the day
     * it is voted).
     */
    public void addTerm(String personId, Optional<Role> role, Optional<LocalDate> start, Optional<LocalDate> end) {
        List<RosterProblem> problems = new ArrayList<>();
        if (role.isEmpty()) {
            problems.add(RosterProblem.of(Field.ROLE, Code.REQUIRED));
        }
        if (start.isEmpty()) {
            problems.add(RosterProblem.of(Field.TERM_START, Code.REQUIRED));
        }
        if (end.isEmpty()) {
            problems.add(RosterProblem.of(Field.TERM_END, Code.REQUIRED));
        }
        problems.addAll(termProblems(start, end).stream().filter(p -> p.code() != Code.BOTH_ENDS).toList());
        Optional<Term> current = terms(personId).stream().reduce((a, b) -> b).flatMap(TermRecord::term);
        if (start.isPresent() && current.filter(t -> !start.get().isAfter(t.start())).isPresent()) {
            problems.add(RosterProblem.of(Field.TERM_START, Code.STARTS_BEFORE_CURRENT_TERM, current.get().start()));
        }
        refuseIfProblems(problems);
        db.people().addTerm(personId, role.get(), Optional.of(new Term(start.get(), end.get())), actor());
    }

    /** Takes a person off the active roster; their records and history stay. */
    public void retire(String personId, LocalDate day) {
        db.people().retire(personId, day, actor());
    }

    public void reinstate(String personId) {
        db.people().reinstate(personId, actor());
    }

    /**
     * Deletes a person typed in by mistake.
     *
     * @throws cn.leavedesk.store.InvalidChangeException when records name the person (the message says which)
     */
    public void delete(String personId) {
        db.people().delete(personId, actor());
    }

    private static void refuseIfProblems(List<RosterProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RosterChangeException(problems);
        }
    }

    private static Person person(String id, PersonForm form) {
        Optional<Term> term = form.termStart().isPresent() && form.termEnd().isPresent()
                ? Optional.of(new Term(form.termStart().get(), form.termEnd().get())) : Optional.empty();
        return new Person(id, form.name(), form.role().orElseThrow(), PortfolioWords.parse(form.portfolios()),
                form.supervisor(), term, Optional.of(form.contact()).filter(s -> !s.isEmpty()));
    }

    /** p1, p2, … : the first free one, so ids stay short. */
    private String newId() {
        Set<String> taken = new HashSet<>();
        roster().forEach(r -> taken.add(r.person().id()));
        for (int n = taken.size() + 1; ; n++) {
            if (!taken.contains("p" + n)) {
                return "p" + n;
            }
        }
    }

    private Actor actor() {
        return db.settings().currentActor();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
