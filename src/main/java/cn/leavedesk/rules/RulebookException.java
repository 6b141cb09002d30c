package cn.leavedesk.rules;

/** A rulebook file that cannot be used; the message names the file, the entry and what is wrong. */
public class RulebookException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String path;

    public RulebookException(String file, String path, String problem) {
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
