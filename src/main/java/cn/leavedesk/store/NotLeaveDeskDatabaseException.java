package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.nio.file.Path;

/** The file is a SQLite database, but not one LeaveDesk made; it is left untouched. */
public final class NotLeaveDeskDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotLeaveDeskDatabaseException(Path file) {
        super("NOT_A_LEAVEDESK_DATABASE", Message.of("store.notLeaveDesk", file));
    }
}
