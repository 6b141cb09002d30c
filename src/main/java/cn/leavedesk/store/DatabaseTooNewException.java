package cn.leavedesk.store;

import java.nio.file.Path;

/** The file was written by a newer LeaveDesk whose schema this version does not know. */
public final class DatabaseTooNewException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final int fileVersion;
    private final int knownVersion;

    public DatabaseTooNewException(Path file, int fileVersion, int knownVersion) {
        super("DATABASE_TOO_NEW",
                "数据库文件 " + file + " 由更新版本的 LeaveDesk 创建（数据结构版本 " + fileVersion + "，本程序只认识到版本 "
                        + knownVersion + "）。请升级 LeaveDesk 后再打开，文件未作任何改动。",
                "The database file " + file + " was written by a newer LeaveDesk (schema version " + fileVersion
                        + "; this program knows up to " + knownVersion + "). Upgrade LeaveDesk to open it;"
                        + " the file was not changed.");
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
