package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.MeetingMembers;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.QuorumRule;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.check.QuorumCheck;
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
 * <p>The other people whose absences matter are the stand-in named on the request, if they are on the roster, and
 * for the mayor the executive vice-mayor who presides meanwhile (a designated vice-mayor is the request's stand-in).
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
        List<MeetingMembers> meetings = scheduled(rulebook, request);
        return evaluator.evaluate(rulebook, roster, relevantHistory(rulebook.quorum(), request, meetings), request,
                meetings);
    }

    /** The meetings on the schedule during the request, with their members, where the rulebook counts a quorum. */
    List<MeetingMembers> scheduled(Rulebook rulebook, Absence request) {
        return rulebook.quorum().isPresent() && !request.returnDate().isBefore(request.depart())
                ? db.meetings().membersBetween(request.depart(), request.returnDate()) : List.of();
    }

    /** What {@link #check} reads from the store for the request, whatever the rulebook. */
    public List<Absence> relevantHistory(Absence request) {
        return relevantHistory(Optional.empty(), request, List.of());
    }

    /**
     * What {@link #check} reads from the store for the request under the rulebook: with a quorum rule, a member's
     * request also needs the other members' absences on its days, since a member away on a trip is not at the
     * meeting either (Hegang 第三十七条).
     */
    public List<Absence> relevantHistory(Rulebook rulebook, Absence request) {
        return relevantHistory(rulebook.quorum(), request, scheduled(rulebook, request));
    }

    private List<Absence> relevantHistory(Optional<QuorumRule> quorum, Absence request, List<MeetingMembers> meetings) {
        java.util.Set<String> others = new java.util.LinkedHashSet<>();
        // the members of the roster's meeting, and of each scheduled meeting the request's person is a member of
        List<List<Person>> memberLists = new ArrayList<>();
        quorum.ifPresent(rule -> {
            memberLists.add(QuorumCheck.members(rule, roster));
            meetings.forEach(m -> memberLists.add(QuorumCheck.membersOn(rule, roster, List.of(m), m.day())));
        });
        memberLists.stream().filter(members -> members.stream().anyMatch(p -> p.id().equals(request.personId())))
                .forEach(members -> members.stream().map(Person::id)
                        .filter(id -> !id.equals(request.personId())).forEach(others::add));
        request.actingPerson().flatMap(roster::find).map(Person::id).ifPresent(others::add);
        boolean mayor = roster.find(request.personId()).map(Person::role).orElse(null) == Role.MAYOR;
        if (mayor) {
            presider.map(Person::id).ifPresent(others::add);
        }
        return db.absences().relevantTo(request, List.copyOf(others));
    }
}
