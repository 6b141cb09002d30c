package cn.leavedesk.service;

import java.util.List;
import java.util.Objects;

/**
 * Why one field of a roster change cannot be stored. The client words it from {@link #code()}; {@link #args()}
 * fill the sentence (a limit, a date).
 */
public record RosterProblem(Field field, Code code, List<Object> args) {
    /** The fields of the person form. */
    public enum Field { ID, NAME, ROLE, PORTFOLIOS, SUPERVISOR, CONTACT, TERM_START, TERM_END, RETIRED_ON }

    /** What is wrong. */
    public enum Code {
        REQUIRED, TOO_LONG, INVALID, ID_TAKEN, UNKNOWN_PERSON, NOT_A_VICE_MAYOR, SUPERVISES_SELF, BOTH_ENDS,
        END_BEFORE_START, STARTS_BEFORE_CURRENT_TERM
    }

    public RosterProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static RosterProblem of(Field field, Code code, Object... args) {
        return new RosterProblem(field, code, List.of(args));
    }
}
