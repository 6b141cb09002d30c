package cn.leavedesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The one place where JDBC connections to a LeaveDesk file are made, so that every connection runs with the same
 * settings: foreign keys enforced, write-ahead log, a busy timeout and NORMAL synchronisation (safe with WAL: a
 * power cut may lose the last commits but never corrupts the file).
 */
final class ConnectionFactory {
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private ConnectionFactory() {
    }

    static Connection open(Path file, AccessMode mode) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // sorts (index builds in a large import) and temporary tables stay in memory; set here because SQLite
        // refuses to change it inside a transaction once a migration has opened its temporary schema
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // IMMEDIATE takes the write lock at BEGIN, so two writers wait on the busy timeout instead of deadlocking.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (mode == AccessMode.READ_ONLY) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
