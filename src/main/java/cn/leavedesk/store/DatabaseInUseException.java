package cn.leavedesk.store;

import java.nio.file.Path;

/** Another LeaveDesk window (or process) holds the database file; it may be opened read-only meanwhile. */
public final class DatabaseInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DatabaseInUseException(Path file) {
        super("DATABASE_IN_USE",
                "数据库文件 " + file + " 正被另一个 LeaveDesk 窗口使用。请先关闭那个窗口，或以只读方式打开。",
                "The database file " + file + " is in use by another LeaveDesk window. Close that window first,"
                        + " or open the file read-only.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
