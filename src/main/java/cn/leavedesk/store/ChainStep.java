package cn.leavedesk.store;

import cn.leavedesk.domain.Step;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored chain step of an absence and whether it was done.
 *
 * @param seq     1-based position in the chain
 * @param doneBy  who gave the approval or received the report (a name as the clerk wrote it)
 */
public record ChainStep(String absenceId, int seq, Step step, StepState state, Optional<String> doneBy,
                        Optional<Instant> doneAt, Optional<DoneHow> doneHow) {
    public ChainStep {
        Objects.requireNonNull(absenceId, "absenceId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(doneBy, "doneBy");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(doneHow, "doneHow");
    }
}
