package cn.leavedesk.io;

import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Wording;
import java.util.Locale;
import java.util.Objects;

/**
 * A scenario file that cannot be used: the JSON path of the offending field ({@code people[2].role}) or, for
 * malformed JSON, the line and column, and the problem as an {@code io.scenario.*} bundle key with its arguments.
 * {@link #getMessage()} is the English line {@code path: problem}, for logs; {@link #message(Locale)} says it in the
 * clerk's language.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final transient Message problem;

    public ScenarioException(String path, Message problem) {
        super(Objects.requireNonNull(path, "path") + ": " + problem.english());
        this.path = path;
        this.problem = problem;
    }

    public String path() {
        return path;
    }

    /** The problem without its path, in English. */
    public String problem() {
        return problem.english();
    }

    /** {@code path: problem} as a message, for a layer that words it later. */
    public Message message() {
        return Message.of("io.scenario.at", path, problem);
    }

    /** {@code path: problem} in Chinese, or (for an English locale) English. */
    public String message(Locale locale) {
        return Wording.of(locale).text(message());
    }
}
