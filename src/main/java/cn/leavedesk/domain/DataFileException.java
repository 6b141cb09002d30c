package cn.leavedesk.domain;

/**
 * An office-editable data file (rulebook, holiday schedule) that cannot be used. The message names the file,
 * the entry (a JSON path, empty for the whole file) and what is wrong, so that a clerk can fix the file.
 */
public abstract class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String path;

    protected DataFileException(String file, String path, String problem) {
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
