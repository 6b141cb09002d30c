package cn.leavedesk.rules;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import java.util.Set;

/**
 * When a rule applies. An empty set means "any". {@code convenerRoles} narrows meeting rules to meetings
 * called by someone holding one of those roles (e.g. meetings the mayor chairs).
 */
public record Condition(Set<Role> roles, Set<Kind> kinds, Set<Scope> scopes, Set<MeetingType> meetingTypes,
                        Set<Role> convenerRoles) {
    public Condition {
        roles = Set.copyOf(roles);
        kinds = Set.copyOf(kinds);
        scopes = Set.copyOf(scopes);
        meetingTypes = Set.copyOf(meetingTypes);
        convenerRoles = Set.copyOf(convenerRoles);
    }

    public static Condition any() {
        return new Condition(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }
}
