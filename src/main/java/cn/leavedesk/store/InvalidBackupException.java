package cn.leavedesk.store;

import java.nio.file.Path;

/** A file offered for restore is damaged, not a LeaveDesk database, or from a newer LeaveDesk. */
public final class InvalidBackupException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path source;

    public InvalidBackupException(Path source, String chineseReason, String englishReason, Throwable cause) {
        super("INVALID_BACKUP",
                "不能从 " + source + " 恢复：" + chineseReason + "。当前数据库未作任何改动。",
                "Cannot restore from " + source + ": " + englishReason + ". The current database was not changed.",
                cause);
        this.source = source;
    }

    /** The reason worded by a bundle key ({@code store.restore.*}). */
    public InvalidBackupException(Path source, StoreMessage reason, Throwable cause) {
        super("INVALID_BACKUP", StoreMessage.of("store.restore.refused", source, reason), cause);
        this.source = source;
    }

    public Path source() {
        return source;
    }
}
