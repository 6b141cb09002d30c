package cn.leavedesk.io;

import java.util.Objects;

/**
 * A scenario file that cannot be used. The message is one line, {@code path: problem}, where the path is the
 * JSON path of the offending field ({@code people[2].role}) or, for malformed JSON, the line and column.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public ScenarioException(String path, String message) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(message, "message"));
        this.path = path;
        this.problem = message;
    }

    public String path() {
        return path;
    }

    /** The message without its path. */
    public String problem() {
        return problem;
    }
}
