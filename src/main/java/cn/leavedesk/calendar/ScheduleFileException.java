package cn.leavedesk.calendar;

import cn.leavedesk.domain.DataFileException;
import cn.leavedesk.domain.Message;

/**
 * A holiday schedule file that cannot be used: the file, the entry (a JSON path such as {@code holidays[1].to},
 * empty for the whole file) and the problem as a {@code calendar.*} bundle key with its arguments, so the client and
 * the command line say it in the clerk's language ({@link #message(java.util.Locale)}). {@link #getMessage()} is the
 * English line, for logs.
 */
public class ScheduleFileException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public ScheduleFileException(String file, String path, Message problem) {
        super(file, path, problem);
    }
}
