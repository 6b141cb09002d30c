package cn.leavedesk.store;

import cn.leavedesk.AtomicFile;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * A private copy of a file offered for restore, checked whole ({@link BackupCheck}) before anything is replaced.
 * The original is only ever read. The copy lives beside the database under a hidden temporary name
 * ({@code .NAME.<random>.partial}, which the next write-open clears away if a kill left it), so that it can take the
 * database's place in one rename when the database cannot be opened, and it receives the restore's audit entry
 * before its content becomes the database's: the restore and its record arrive together.
 */
final class RestoreCandidate implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreCandidate.class);

    private final Path source;
    private final Path copy;
    private Connection connection;
    private final int version;

    private RestoreCandidate(Path source, Path copy, Connection connection, int version) {
        this.source = source;
        this.copy = copy;
        this.connection = connection;
        this.version = version;
    }

    /**
     * Copies {@code source} beside {@code database} and checks the copy.
     *
     * @throws InvalidBackupException when it is missing, damaged, foreign, too new or not exactly LeaveDesk's schema
     */
    static RestoreCandidate prepare(Path source, Path database) {
        Path folder = database.toAbsolutePath().getParent();
        return prepare(source, folder, () -> Files.createTempFile(folder, "." + database.getFileName() + ".",
                ".partial"));
    }

    /**
     * Copies {@code source} into the system's temporary folder and checks the copy: for checking a backup without
     * restoring it (which backup to recommend), possibly beside a window that has the database open.
     */
    static RestoreCandidate prepareAside(Path source) {
        return prepare(source, Path.of(System.getProperty("java.io.tmpdir")),
                () -> Files.createTempFile("leavedesk-check-", ".db"));
    }

    private interface CopyName {
        Path create() throws IOException;
    }

    private static RestoreCandidate prepare(Path source, Path folder, CopyName name) {
        Path absolute = source.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new InvalidBackupException(absolute, Message.of("store.restore.missing"), null);
        }
        Path copy;
        try {
            copy = name.create();
        } catch (IOException e) {
            throw StoreFailures.io(e, folder);
        }
        Connection connection = null;
        try {
            Files.copy(absolute, copy, StandardCopyOption.REPLACE_EXISTING);
            // a file left with its write-ahead log (a database copied while open) holds the log's commits too
            Path wal = absolute.resolveSibling(absolute.getFileName() + "-wal");
            if (Files.isRegularFile(wal)) {
                Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            connection = open(copy);
            int version = BackupCheck.check(connection, absolute);
            return new RestoreCandidate(absolute, copy, connection, version);
        } catch (SQLException e) {
            discard(connection, copy);
            throw new InvalidBackupException(absolute, Message.of("store.restore.unreadable"), e);
        } catch (IOException e) {
            discard(connection, copy);
            throw StoreFailures.io(e, copy);
        } catch (RuntimeException e) {
            discard(connection, copy);
            throw e;
        }
    }

    /** Read-write (SQLite checks CHECK constraints only there), rollback journal: the copy stays one file. */
    private static Connection open(Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(ConnectionFactory.BUSY_TIMEOUT_MILLIS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config.createConnection("jdbc:sqlite:" + copy);
    }

    Path source() {
        return source;
    }

    Path file() {
        return copy;
    }

    int version() {
        return version;
    }

    /**
     * Writes the restore's audit entry into the copy and closes it as one self-contained file, ready to be restored
     * from or moved into place.
     */
    void recordRestore(Actor actor, Instant at, Map<String, ?> detail) {
        try {
            AuditLog.insert(connection, at, actor, "RESTORE", "database", Optional.empty(), detail);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
            }
            connection.close();
            connection = null;
        } catch (SQLException e) {
            StoreException failure = Database.translate(e, copy, copy.getParent());
            if (failure.code().equals("DISK_FULL") || failure.code().equals("IO_ERROR")) {
                throw failure;
            }
            // e.g. a header that says "written by a newer SQLite": readable, but SQLite will not write to it
            throw new InvalidBackupException(source, Message.of("store.restore.unwritable"), e);
        }
    }

    @Override
    public void close() {
        discard(connection, copy);
        connection = null;
    }

    private static void discard(Connection connection, Path copy) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the restore copy {}", copy, e);
            }
        }
        try {
            AtomicFile.deleteWithSideFiles(copy);
        } catch (IOException e) {
            LOG.warn("Cannot remove the restore copy {}; the next open removes it", copy, e);
        }
    }
}
