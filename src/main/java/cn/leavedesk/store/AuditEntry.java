package cn.leavedesk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log.
 *
 * @param action     what was done, e.g. {@code ABSENCE_FILED}, {@code ABSENCE_CANCELLED}, {@code PERSON_UPDATED}
 * @param entity     the kind of record, e.g. {@code absence}, {@code person}
 * @param detailJson a JSON object with the particulars
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, Optional<String> entityId,
                         String detailJson) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(detailJson, "detailJson");
    }
}
