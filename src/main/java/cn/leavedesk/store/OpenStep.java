package cn.leavedesk.store;

import cn.leavedesk.domain.Step;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A chain step not done yet, of an active absence, with what the to-do list needs to place it.
 *
 * @param depart the absence's departure day: a step without its own deadline is owed before it
 */
public record OpenStep(String absenceId, String personId, int seq, Step step, LocalDate depart) {
    public OpenStep {
        Objects.requireNonNull(absenceId, "absenceId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(depart, "depart");
    }

    /** The step's own deadline, else the departure day. */
    public LocalDate due() {
        return step.by().orElse(depart);
    }
}
