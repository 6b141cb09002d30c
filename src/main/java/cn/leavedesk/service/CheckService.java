package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a new request against what is on record, the way the client and the bench both do it: the roster is
 * read once, and for each request only the history the rules look at is read from the store
 * ({@code AbsenceRepository.relevantTo}), not the person's whole past. The answer is the same as evaluating
 * against everyone's full current history; {@code CheckServiceTest} holds the two side by side.
 *
 * <p>The other people whose absences matter are the stand-in named on the request, if they are on the roster, for
 * the mayor the executive vice-mayor who presides meanwhile (a designated vice-mayor is the request's stand-in), and
 * for a member of a meeting with a quorum rule (Hegang 第三十七条) the other members, who may be away that day.
 */
public final class CheckService {
    private final Database db;
    private final Evaluator evaluator;
    private Roster roster;
    private Optional<Person> presider;

    public CheckService(Database db, Evaluator evaluator) {
        this.db = db;
        this.evaluator = evaluator;
        reloadRoster();
    }

    /** Reads the roster again, after people or their roles changed. */
    public void reloadRoster() {
        roster = db.people().roster();
        presider = roster.first(Role.EXECUTIVE_VICE_MAYOR);
    }

    public Roster roster() {
        return roster;
    }

    /**
     * Evaluates the request against the rulebook and the relevant history on record.
     *
     * @throws IllegalArgumentException when the request's person is not on the roster
     */
    public Evaluation check(Rulebook rulebook, Absence request) {
        return evaluator.evaluate(rulebook, roster, relevantHistory(rulebook, request), request);
    }

    /** What {@link #check} reads from the store for the request. */
    public List<Absence> relevantHistory(Rulebook rulebook, Absence request) {
        List<String> others = new ArrayList<>(2);
        request.actingPerson().flatMap(roster::find).map(Person::id).ifPresent(others::add);
        Optional<Role> role = roster.find(request.personId()).map(Person::role);
        if (role.filter(r -> r == Role.MAYOR).isPresent()) {
            presider.map(Person::id).ifPresent(others::add);
        }
        // a quorum member's absence: whether the other members are there that day (trips and leave count)
        rulebook.quorum().filter(q -> role.filter(q.memberRoles()::contains).isPresent()).ifPresent(q ->
                roster.people().stream().filter(p -> q.memberRoles().contains(p.role())).map(Person::id)
                        .forEach(others::add));
        return db.absences().relevantTo(request, others);
    }
}
