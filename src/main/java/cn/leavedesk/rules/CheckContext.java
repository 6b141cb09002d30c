package cn.leavedesk.rules;

import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.MeetingMembers;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import java.util.List;
import java.util.Objects;

/**
 * What every check sees: the rulebook, the roster, the person and their request, the other ACTIVE absences
 * on record (cancelled ones and the request itself already removed), the calendar, the message texts, and the
 * meetings on the schedule during the request with their recorded members (none where nothing is scheduled, or
 * for a scenario, which has no schedule).
 */
public record CheckContext(Rulebook rulebook, Roster roster, Person person, Absence request,
                           List<Absence> others, WorkingCalendar calendar, Messages messages,
                           RuleMatcher.Match match, List<MeetingMembers> meetings) {
    public CheckContext {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(request, "request");
        others = List.copyOf(others);
        meetings = List.copyOf(meetings);
    }

    /** Without a meeting schedule. */
    public CheckContext(Rulebook rulebook, Roster roster, Person person, Absence request, List<Absence> others,
                        WorkingCalendar calendar, Messages messages, RuleMatcher.Match match) {
        this(rulebook, roster, person, request, others, calendar, messages, match, List.of());
    }

    public String cite(String article) {
        return rulebook.cite(article);
    }

    /** Other absences of {@code personId} that take them away from work during the request's dates. */
    public List<Absence> awayDuringRequest(String personId) {
        return others.stream()
                .filter(a -> a.personId().equals(personId))
                .filter(Absence::awayFromPost)
                .filter(a -> a.overlaps(request))
                .toList();
    }
}
