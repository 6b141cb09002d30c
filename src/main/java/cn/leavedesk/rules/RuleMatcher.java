package cn.leavedesk.rules;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import java.util.ArrayList;
import java.util.List;

/** Finds the rules of a rulebook that apply to a request, in the rulebook's order. */
public final class RuleMatcher {
    private RuleMatcher() {
    }

    /**
     * @param rules the applicable rules
     * @param needsMeeting a meeting rule exists for this person but the request names no meeting
     * @param needsConvener a rule depends on who called the meeting, and the request does not say
     */
    public record Match(List<Rule> rules, boolean needsMeeting, boolean needsConvener) {
        public Match {
            rules = List.copyOf(rules);
        }
    }

    public static Match match(Rulebook rulebook, Roster roster, Person person, Absence request) {
        List<Rule> matched = new ArrayList<>();
        boolean needsMeeting = false;
        boolean needsConvener = false;
        for (Rule rule : rulebook.rules()) {
            Condition when = rule.when();
            if (!when.roles().isEmpty() && !when.roles().contains(person.role())) {
                continue;
            }
            if (!when.kinds().isEmpty() && !when.kinds().contains(request.kind())) {
                continue;
            }
            if (!when.scopes().isEmpty() && request.kind() != Kind.MEETING_ABSENCE
                    && !when.scopes().contains(request.scope())) {
                continue;
            }
            if (!when.meetingTypes().isEmpty() || !when.convenerRoles().isEmpty()) {
                if (request.meeting().isEmpty()) {
                    needsMeeting = true;
                    continue;
                }
                if (!when.meetingTypes().isEmpty() && !when.meetingTypes().contains(request.meeting().get().type())) {
                    continue;
                }
                if (!when.convenerRoles().isEmpty()) {
                    var convener = request.meeting().get().convener().flatMap(roster::find);
                    if (convener.isEmpty()) {
                        needsConvener = true;
                        continue;
                    }
                    if (!when.convenerRoles().contains(convener.get().role())) {
                        continue;
                    }
                }
            }
            matched.add(rule);
        }
        return new Match(matched, needsMeeting, needsConvener);
    }
}
