package cn.leavedesk.store;

import java.nio.file.Path;

/** The file is a SQLite database, but not one LeaveDesk made; it is left untouched. */
public final class NotLeaveDeskDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotLeaveDeskDatabaseException(Path file) {
        super("NOT_A_LEAVEDESK_DATABASE",
                "文件 " + file + " 不是 LeaveDesk 的数据库，未作任何改动。请选择 LeaveDesk 的数据文件。",
                "The file " + file + " is not a LeaveDesk database and was not changed. Choose a LeaveDesk data file.");
    }
}
