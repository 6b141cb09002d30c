package cn.leavedesk.store;

/** Reading or writing the database failed for a reason the clerk cannot fix alone (disk full, I/O error…). */
public final class StorageFailureException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StorageFailureException(String code, String chineseMessage, String englishMessage, Throwable cause) {
        super(code, chineseMessage, englishMessage, cause);
    }

    public StorageFailureException(String code, StoreMessage message, Throwable cause) {
        super(code, message, cause);
    }
}
