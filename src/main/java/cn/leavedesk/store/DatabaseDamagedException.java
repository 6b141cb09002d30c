package cn.leavedesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file failed SQLite's integrity check or is not readable as a database. Names the newest backup that still
 * passes the check, so the UI can offer to restore it.
 */
public final class DatabaseDamagedException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Optional<Path> latestGoodBackup;
    private final String detail;

    public DatabaseDamagedException(Path file, Optional<Path> latestGoodBackup, String detail, Throwable cause) {
        super("DATABASE_DAMAGED", chinese(file, latestGoodBackup), english(file, latestGoodBackup), cause);
        this.file = file;
        this.latestGoodBackup = latestGoodBackup;
        this.detail = detail;
    }

    private static String chinese(Path file, Optional<Path> backup) {
        return "数据库文件 " + file + " 已损坏，无法安全使用。"
                + backup.map(b -> "可以从最近的完好备份 " + b.getFileName() + " 恢复。")
                        .orElse("没有找到完好的备份，请联系技术支持。");
    }

    private static String english(Path file, Optional<Path> backup) {
        return "The database file " + file + " is damaged and cannot be used safely. "
                + backup.map(b -> "It can be restored from the latest good backup, " + b.getFileName() + ".")
                        .orElse("No good backup was found; please contact technical support.");
    }

    public Path file() {
        return file;
    }

    public Optional<Path> latestGoodBackup() {
        return latestGoodBackup;
    }

    /** What SQLite reported, for the log and for support. */
    public String detail() {
        return detail;
    }
}
