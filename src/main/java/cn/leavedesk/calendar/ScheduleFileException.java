package cn.leavedesk.calendar;

import cn.leavedesk.domain.DataFileException;

/** A holiday schedule file that cannot be used. */
public class ScheduleFileException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public ScheduleFileException(String file, String path, String problem) {
        super(file, path, problem);
    }
}
