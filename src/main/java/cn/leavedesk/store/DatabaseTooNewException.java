package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.nio.file.Path;

/** The file was written by a newer LeaveDesk whose schema this version does not know. */
public final class DatabaseTooNewException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final int fileVersion;
    private final int knownVersion;

    public DatabaseTooNewException(Path file, int fileVersion, int knownVersion) {
        super("DATABASE_TOO_NEW", Message.of("store.databaseTooNew", file, fileVersion, knownVersion));
        this.fileVersion = fileVersion;
        this.knownVersion = knownVersion;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int knownVersion() {
        return knownVersion;
    }
}
