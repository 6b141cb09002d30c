package cn.leavedesk.store;

import java.nio.file.Path;

/** A write was attempted on a database opened read-only. */
public final class ReadOnlyDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyDatabaseException(Path file) {
        super("DATABASE_READ_ONLY",
                "数据库 " + file + " 以只读方式打开，不能保存修改。请关闭其他 LeaveDesk 窗口后重新打开。",
                "The database " + file + " is open read-only; changes cannot be saved. Close the other LeaveDesk"
                        + " window and open it again.");
    }
}
