package cn.leavedesk.calendar;

import cn.leavedesk.domain.DataFileException;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Wording;
import java.util.Locale;

/**
 * A holiday schedule file that cannot be used: the file, the entry (a JSON path such as {@code holidays[1].to},
 * empty for the whole file) and the {@link #problem()} as a {@code calendar.*} bundle key with its arguments, so the
 * client and the command line say it in the clerk's language. {@link #getMessage()} is the English line, for logs.
 */
public class ScheduleFileException extends DataFileException {
    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    public ScheduleFileException(String file, String path, Message problem) {
        super(file, path, problem.english());
        this.problem = problem;
    }

    /** What is wrong with the entry, without the file and the entry. */
    public Message problem() {
        return problem;
    }

    /** The file, the entry and what is wrong, in Chinese or (for an English locale) English. */
    public String message(Locale locale) {
        return Wording.of(locale).text("calendar.problemAt", path().isEmpty() ? file() : file() + " " + path(),
                problem);
    }
}
