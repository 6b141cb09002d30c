package cn.leavedesk.store;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person's line of the annual report.
 *
 * @param absences active absences departing in the year, per kind; kinds with none are left out; in
 *                 {@link Kind} order
 * @param daysAway days of active absences that fall inside the year, both ends of each absence counted
 */
public record PersonYear(String id, String name, Role role, Map<Kind, Integer> absences, int daysAway,
                         int tripsAbroad) {
    public PersonYear {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        EnumMap<Kind, Integer> copy = new EnumMap<>(Kind.class);
        absences.forEach((kind, count) -> {
            if (count > 0) {
                copy.put(kind, count);
            }
        });
        absences = Collections.unmodifiableMap(copy);
    }
}
