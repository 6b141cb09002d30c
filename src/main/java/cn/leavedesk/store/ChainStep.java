package cn.leavedesk.store;

import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.lifecycle.DoneHow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored chain step of an absence and whether it was done.
 *
 * @param seq     1-based position in the chain
 * @param doneBy  who recorded the tick (the clerk), or for ticks stored before schema 5 whoever the clerk named
 * @param doneAt  when the tick was recorded
 * @param doneOn  the day the approval was given or the report made, as the clerk recorded it
 * @param note    the clerk's note on the tick
 */
public record ChainStep(String absenceId, int seq, Step step, StepState state, Optional<String> doneBy,
                        Optional<Instant> doneAt, Optional<DoneHow> doneHow, Optional<LocalDate> doneOn,
                        Optional<String> note) {
    public ChainStep {
        Objects.requireNonNull(absenceId, "absenceId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(doneBy, "doneBy");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(doneHow, "doneHow");
        Objects.requireNonNull(doneOn, "doneOn");
        Objects.requireNonNull(note, "note");
    }

    public boolean isDone() {
        return state == StepState.DONE;
    }
}
