package cn.leavedesk.store;

import cn.leavedesk.domain.lifecycle.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the life of an absence.
 *
 * @param onDate  the actual departure or return day, for DEPARTED and RETURNED; the day a step was done or a report
 *                handed in
 * @param reason  why, for CANCELLED, AMENDED, STEP_UNDONE and ATTACHMENT_REMOVED; the clerk's note for STEP_DONE
 * @param related the amending absence's id for AMENDED, the amended one's for the new version's FILED, the step's
 *                seq for STEP_DONE and STEP_UNDONE, the attachment's id for attachment events
 * @param detail  how a step was done ({@link DoneHow}'s name), an attachment's file name
 */
public record AbsenceEvent(long id, String absenceId, EventType type, Instant at, String actor,
                           Optional<LocalDate> onDate, Optional<String> reason, Optional<String> related,
                           Optional<String> detail) {
    public AbsenceEvent {
        Objects.requireNonNull(absenceId, "absenceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(onDate, "onDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(detail, "detail");
    }
}
