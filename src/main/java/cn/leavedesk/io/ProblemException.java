package cn.leavedesk.io;

import java.util.List;

/** A cell's value cannot be used; the row reader turns it into a {@link RowError} for that cell. */
final class ProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final RowProblem problem;
    private final List<Object> args;

    ProblemException(RowProblem problem, Object... args) {
        super(problem.key());
        this.problem = problem;
        this.args = RowError.texts(args);
    }

    RowProblem problem() {
        return problem;
    }

    List<Object> args() {
        return args;
    }
}
