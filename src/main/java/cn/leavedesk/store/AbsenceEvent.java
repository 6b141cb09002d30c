package cn.leavedesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the life of an absence.
 *
 * @param onDate  the actual departure or return day, for DEPARTED and RETURNED
 * @param reason  why, for CANCELLED and AMENDED
 * @param related the amending absence's id for AMENDED, the amended one's for the new version's FILED, the step's
 *                seq for STEP_DONE
 */
public record AbsenceEvent(long id, String absenceId, EventType type, Instant at, String actor,
                           Optional<LocalDate> onDate, Optional<String> reason, Optional<String> related) {
    public AbsenceEvent {
        Objects.requireNonNull(absenceId, "absenceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(onDate, "onDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(related, "related");
    }
}
