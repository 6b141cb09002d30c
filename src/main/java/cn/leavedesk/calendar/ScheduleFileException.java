package cn.leavedesk.calendar;

/** A holiday schedule file that cannot be used; the message names the file and the offending entry. */
public class ScheduleFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String path;

    public ScheduleFileException(String file, String path, String problem) {
        super(file + (path.isEmpty() ? "" : " " + path) + ": " + problem);
        this.file = file;
        this.path = path;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }
}
