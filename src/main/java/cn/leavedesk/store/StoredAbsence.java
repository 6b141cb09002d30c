package cn.leavedesk.store;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An absence as the register shows it: the domain record in its latest state (status, and the actual return day as
 * its return day once recorded) plus what the store knows about its history.
 */
public record StoredAbsence(Absence absence, AbsenceState state, LocalDate plannedReturn,
                            Optional<LocalDate> actualReturn, Optional<String> supersedes,
                            Optional<String> supersededBy, Instant createdAt, String createdBy) {
    public StoredAbsence {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plannedReturn, "plannedReturn");
        Objects.requireNonNull(actualReturn, "actualReturn");
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(supersededBy, "supersededBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    public String id() {
        return absence.id();
    }
}
