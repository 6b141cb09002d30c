package cn.leavedesk.domain.roster;

import cn.leavedesk.domain.Person;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as the roster lists them.
 *
 * @param retiredOn the day they left the active roster; empty while serving
 * @param absences  how many absence records are theirs, in any state
 */
public record RosterRow(Person person, Optional<LocalDate> retiredOn, int absences) {
    public RosterRow {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(retiredOn, "retiredOn");
    }

    public boolean isRetired() {
        return retiredOn.isPresent();
    }
}
