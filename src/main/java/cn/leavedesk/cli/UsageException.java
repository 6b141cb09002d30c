package cn.leavedesk.cli;

/** Input the command cannot use: exit status 2, one line on stderr, nothing on stdout. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
