package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
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
        super("DATABASE_DAMAGED", Message.of("store.databaseDamaged", file, latestGoodBackup
                .map(b -> Message.of("store.databaseDamaged.backup", b.getFileName()))
                .orElse(Message.of("store.databaseDamaged.noBackup"))), cause);
        this.file = file;
        this.latestGoodBackup = latestGoodBackup;
        this.detail = detail;
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
