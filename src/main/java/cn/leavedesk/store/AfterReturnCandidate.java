package cn.leavedesk.store;

import cn.leavedesk.domain.Absence;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An active absence that may still owe something after return, with what has been recorded of it.
 *
 * @param absence      the absence with its planned return day
 * @param returnedOn   the actual return day (销假), when recorded
 * @param reportOn     the day the written report was handed in, when recorded
 */
public record AfterReturnCandidate(Absence absence, Optional<LocalDate> returnedOn, Optional<LocalDate> reportOn) {
    public AfterReturnCandidate {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(returnedOn, "returnedOn");
        Objects.requireNonNull(reportOn, "reportOn");
    }
}
