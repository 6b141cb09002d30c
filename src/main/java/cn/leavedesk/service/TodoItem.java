package cn.leavedesk.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the office must still do.
 *
 * @param absence  the absence it is about (for NO_ONE_PRESIDING, the mayor's absence that day)
 * @param person   whose absence it is
 * @param step     the step's 1-based position, for the step types
 * @param due      when it was or is due (for NO_ONE_PRESIDING, the day with no one presiding)
 * @param article  the citation the duty comes from
 * @param presider for NO_ONE_PRESIDING, the person who would preside and is away too
 */
public record TodoItem(TodoType type, String absence, String person, Optional<Integer> step, LocalDate due,
                       String article, Optional<String> presider) {
    /** Most urgent first: by due day, then absence id, then step (contract order). */
    public static final Comparator<TodoItem> ORDER = Comparator.comparing(TodoItem::due)
            .thenComparing(TodoItem::absence)
            .thenComparing(i -> i.step().orElse(0))
            .thenComparing(TodoItem::type);

    public TodoItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(presider, "presider");
    }

    /** Past due, as opposed to coming up. */
    public boolean isOverdue() {
        return type != TodoType.STEP_DUE && type != TodoType.NO_ONE_PRESIDING;
    }
}
