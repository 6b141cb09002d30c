package cn.leavedesk.io;

import java.util.List;
import java.util.Optional;

/**
 * A file that cannot be read as the table it claims to be. The row is known when the reader could tell where
 * the damage lies (an xlsx row number, the line of a bad byte); otherwise the row after the last one read is
 * reported.
 */
final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final RowProblem problem;
    private final List<Object> args;
    private final Optional<Integer> row;
    private final String column;

    UnreadableFileException(RowProblem problem, Throwable cause, Object... args) {
        this(problem, Optional.empty(), RowError.NO_COLUMN, cause, args);
    }

    UnreadableFileException(RowProblem problem, Optional<Integer> row, String column, Throwable cause,
                            Object... args) {
        super(problem.key(), cause);
        this.problem = problem;
        this.args = RowError.texts(args);
        this.row = row;
        this.column = column;
    }

    RowProblem problem() {
        return problem;
    }

    Optional<Integer> row() {
        return row;
    }

    RowError toError(String file, int rowAfterLastRead) {
        return new RowError(file, row.orElse(rowAfterLastRead), column, problem, args);
    }
}
