package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.nio.file.Path;

/** Another LeaveDesk window (or process) holds the database file; it may be opened read-only meanwhile. */
public final class DatabaseInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DatabaseInUseException(Path file) {
        super("DATABASE_IN_USE", Message.of("store.databaseInUse", file));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
