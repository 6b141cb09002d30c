package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.nio.file.Path;

/** A file offered for restore is damaged, not a LeaveDesk database, or from a newer LeaveDesk. */
public final class InvalidBackupException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path source;

    /** The reason worded by a bundle key ({@code store.restore.*}). */
    public InvalidBackupException(Path source, Message reason, Throwable cause) {
        super("INVALID_BACKUP", Message.of("store.restore.refused", source, reason), cause);
        this.source = source;
    }

    public Path source() {
        return source;
    }
}
