package cn.leavedesk.io;

/** A file that cannot be read as the table it claims to be; the message is in Chinese, for the clerk. */
final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
