package cn.leavedesk.store;

import cn.leavedesk.PrivateFiles;
import cn.leavedesk.domain.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One open LeaveDesk database file. A writable database holds an exclusive lock file for as long as it is open,
 * upgrades the schema before first use and checks the file's integrity when it opens. All access goes through one
 * connection, serialised by a lock, so the object may be shared between the UI thread and background tasks.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final AccessMode mode;
    private final StoreOptions options;
    private final Connection connection;
    private final Optional<LockFile> lockFile;
    private final ReentrantLock guard = new ReentrantLock();
    private final Backups backups;
    private int transactionDepth;
    private boolean closed;

    private Database(Path file, AccessMode mode, StoreOptions options, Connection connection,
                     Optional<LockFile> lockFile) {
        this.file = file;
        this.mode = mode;
        this.options = options;
        this.connection = connection;
        this.lockFile = lockFile;
        this.backups = new Backups(this, backupFolderFor(file, options), options);
    }

    public static Database open(Path file) {
        return open(file, StoreOptions.defaults());
    }

    /**
     * Opens a file for reading and writing, creating it if it does not exist, upgrading its schema and taking the
     * daily backup.
     *
     * @throws DatabaseInUseException        another LeaveDesk window has it open
     * @throws DatabaseTooNewException       a newer LeaveDesk wrote it
     * @throws DatabaseDamagedException      it fails the integrity check
     * @throws NotLeaveDeskDatabaseException it is some other SQLite file
     */
    public static Database open(Path file, StoreOptions options) {
        Path absolute = file.toAbsolutePath();
        createParent(absolute);
        LockFile lock = LockFile.acquire(absolute);
        Connection connection = null;
        try {
            boolean existed = Files.exists(absolute) && Files.size(absolute) > 0;
            connection = ConnectionFactory.open(absolute, AccessMode.READ_WRITE);
            Database db = new Database(absolute, AccessMode.READ_WRITE, options, connection, Optional.of(lock));
            db.startUp(existed, options.checkAtOpen() == StoreOptions.CheckAtOpen.ALWAYS
                    || lock.previousHolderEndedUncleanly());
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw translate(e, absolute, backupFolderFor(absolute, options));
        } catch (IOException e) {
            closeQuietly(connection);
            lock.close();
            throw new StorageFailureException("CANNOT_OPEN",
                    Message.of("store.cannotOpen", absolute, String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            throw e;
        }
    }

    public static Database openReadOnly(Path file) {
        return openReadOnly(file, StoreOptions.defaults());
    }

    /**
     * Opens an existing file without taking the lock, for looking while another window works on it. Every write
     * throws {@link ReadOnlyDatabaseException}; nothing is migrated or backed up.
     */
    public static Database openReadOnly(Path file, StoreOptions options) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StorageFailureException("FILE_NOT_FOUND", Message.of("store.fileNotFound", absolute), null);
        }
        Connection connection = null;
        try {
            connection = ConnectionFactory.open(absolute, AccessMode.READ_ONLY);
            Database db = new Database(absolute, AccessMode.READ_ONLY, options, connection, Optional.empty());
            db.requireIntact(true);
            int version = Migrations.checkedVersion(connection, absolute);
            if (version < Migrations.latest()) {
                throw new DatabaseNeedsUpgradeException(absolute, version, Migrations.latest());
            }
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(e, absolute, backupFolderFor(absolute, options));
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private void startUp(boolean existed, boolean checkPages) throws SQLException {
        backups.cleanLeftovers();
        // a kill between writing a backup and rotating leaves one too many: the bound holds again from here
        backups.rotate();
        if (existed) {
            requireIntact(checkPages);
        }
        migrate();
        if (options.autoBackup() == AutoBackup.DAILY && hasData()) {
            try {
                backups.automaticIfDue();
            } catch (StoreException e) {
                // a full disk or an unwritable backup folder must not keep the clerk from the office's data; the
                // next open tries again, and nothing half-written is left under a backup's name
                LOG.warn("The daily backup of {} failed: {}", file, e.englishMessage(), e);
            }
        }
    }

    private void migrate() throws SQLException {
        int version = Migrations.checkedVersion(connection, file);
        if (version == Migrations.latest()) {
            return;
        }
        Optional<Path> backup = version > 0
                ? Optional.of(backups.beforeMigration(version, Migrations.latest()))
                : Optional.empty();
        for (Migrations.Migration migration : Migrations.pendingAfter(version)) {
            LOG.info("Upgrading {} to schema version {}", file, migration.version());
            try {
                write(c -> {
                    Migrations.apply(c, migration, now());
                    return null;
                });
            } catch (StoreException e) {
                String where = backup.map(b -> b.getFileName().toString()).orElse("-");
                throw new StorageFailureException("MIGRATION_FAILED", Message.of("store.migrationFailed",
                        migration.version(), Migrations.userVersion(connection), where), e);
            }
        }
    }

    /** Re-runs the version check and pending migrations after the file's content was replaced by a restore. */
    void afterRestore() throws SQLException {
        migrate();
    }

    private boolean hasData() {
        return read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM absence)")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    private void requireIntact(boolean checkPages) {
        List<String> problems = checkPages ? quickCheck() : List.of();
        if (problems.isEmpty()) {
            problems = schemaProblems();
        }
        if (!problems.isEmpty()) {
            throw new DatabaseDamagedException(file, Backups.latestGoodQuietly(backups.folder(), file),
                    String.join("; ", problems), null);
        }
    }

    /**
     * A LeaveDesk file whose version is impossible or whose schema is not exactly its version's (a table dropped, an
     * index or trigger added) is as unusable as one with damaged pages: every command would fail on it in its own
     * way. Foreign and too-new files are told apart later, by {@link Migrations#checkedVersion}.
     */
    private List<String> schemaProblems() {
        return read(c -> {
            if (Migrations.applicationId(c) != Migrations.APPLICATION_ID) {
                return List.of();
            }
            int version = Migrations.userVersion(c);
            if (version < 0 || (version == 0 && Migrations.hasAnyTable(c))) {
                return List.of("impossible schema version " + version);
            }
            if (version == 0 || version > Migrations.latest()) {
                return List.of();
            }
            return BackupCheck.schemaDifference(c, version)
                    .map(d -> List.of("schema differs from version " + version + ": " + d))
                    .orElse(List.of());
        });
    }

    /**
     * Makes the next writable open of this file check it before use, whatever its options say: for a problem found
     * while the file was open (a background check), so that the next start offers the restore.
     */
    public void checkAtNextOpen() {
        lockFile.ifPresent(LockFile::requestCheckAtNextOpen);
    }

    /** {@code PRAGMA quick_check}: catches damaged pages at open without the index cross-checks of the full one. */
    private List<String> quickCheck() {
        return read(c -> checkResult(c, "PRAGMA quick_check"));
    }

    /**
     * Runs SQLite's full {@code integrity_check}; an empty list means the file is sound, otherwise what SQLite found.
     * Slower than the check done at open: seconds on a very large file.
     */
    public List<String> integrityCheck() {
        return read(c -> checkResult(c, "PRAGMA integrity_check"));
    }

    /**
     * {@code PRAGMA quick_check} on a connection of its own, so that a check of a large file (seconds) runs beside
     * the client's reads and writes instead of holding them up; empty when the file is sound. Read-write when this
     * database is: only there does SQLite check CHECK constraints too (a row no LeaveDesk code can read back).
     */
    public List<String> quickCheckAside() {
        try (Connection own = ConnectionFactory.open(file, mode)) {
            return checkResult(own, "PRAGMA quick_check");
        } catch (SQLException e) {
            throw translate(e, file, backups.folder());
        }
    }

    static List<String> checkResult(Connection c, String pragma) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines.equals(List.of("ok")) ? List.of() : List.copyOf(lines);
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return mode == AccessMode.READ_ONLY;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        return read(Migrations::userVersion);
    }

    /** The version of the SQLite library this connection runs on, e.g. {@code 3.50.3}. */
    public String sqliteVersion() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
                return rs.next() ? rs.getString(1) : "unknown";
            }
        });
    }

    /** The schema version this program writes. */
    public static int latestSchemaVersion() {
        return Migrations.latest();
    }

    public Backups backups() {
        return backups;
    }

    public PersonRepository people() {
        return new PersonRepository(this);
    }

    public AbsenceRepository absences() {
        return new AbsenceRepository(this);
    }

    public ChainRepository chains() {
        return new ChainRepository(this);
    }

    public AttachmentRepository attachments() {
        return new AttachmentRepository(this);
    }

    public MeetingRepository meetings() {
        return new MeetingRepository(this);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(this);
    }

    public AuditLog audit() {
        return new AuditLog(this);
    }

    public ReportQuery reports() {
        return new ReportQuery(this);
    }

    /**
     * Runs several repository calls as one transaction: all of them are stored, or none (an import that must be all
     * or nothing). Calls inside join this transaction instead of committing on their own.
     */
    public void inTransaction(Runnable work) {
        write(c -> {
            work.run();
            return null;
        });
    }

    Instant now() {
        return options.clock().instant();
    }

    Clock clock() {
        return options.clock();
    }

    <T> T read(SqlWork<T> work) {
        guard.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            guard.unlock();
        }
    }

    /** Runs the work in a transaction (or inside the caller's, if one is under way on this database). */
    <T> T write(SqlWork<T> work) {
        if (isReadOnly()) {
            throw new ReadOnlyDatabaseException(file);
        }
        guard.lock();
        try {
            ensureOpen();
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(connection);
                } finally {
                    transactionDepth--;
                }
            }
            connection.setAutoCommit(false);
            transactionDepth = 1;
            Throwable failure = null;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
                rollbackQuietly();
                throw e;
            } finally {
                transactionDepth = 0;
                autoCommitAgain(failure);
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            guard.unlock();
        }
    }

    /**
     * Like {@link #write}, with SQLite's foreign-key enforcement off for this one transaction, for a large import
     * whose every reference the caller has already checked (one lookup per row saved on a million rows). SQLite
     * ignores the switch inside a transaction, so nested in a caller's transaction the work runs with the keys
     * enforced as usual. The setting belongs to the connection, never to the file: a crash leaves nothing behind.
     */
    <T> T writeUncheckedReferences(SqlWork<T> work) {
        if (isReadOnly()) {
            throw new ReadOnlyDatabaseException(file);
        }
        guard.lock();
        try {
            if (transactionDepth > 0) {
                return write(work);
            }
            ensureOpen();
            setForeignKeys(false);
            try {
                return write(work);
            } finally {
                setForeignKeys(true);
            }
        } finally {
            guard.unlock();
        }
    }

    private void setForeignKeys(boolean on) {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Work that must run outside any transaction (online backup and restore). */
    <T> T outsideTransaction(SqlWork<T> work) {
        guard.lock();
        try {
            ensureOpen();
            if (transactionDepth > 0) {
                throw new IllegalStateException("backup and restore cannot run inside a transaction");
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            guard.unlock();
        }
    }

    /**
     * After SQLITE_FULL or an I/O error SQLite has already rolled the transaction back, and switching back to
     * auto-commit fails too ("no transaction is active"); that second failure must not hide the first, which is the
     * one the clerk can act on (the disk is full).
     */
    private void autoCommitAgain(Throwable failure) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
            LOG.debug("Leaving the failed transaction on {}", file, e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed on {}", file, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database " + file + " is closed");
        }
    }

    StoreException translate(SQLException e) {
        return translate(e, file, backups.folder());
    }

    static StoreException translate(SQLException e, Path file, Path backupFolder) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR;
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new DatabaseDamagedException(file, Backups.latestGoodQuietly(backupFolder, file), e.getMessage(), e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new DatabaseInUseException(file);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return StoreFailures.diskFull(file, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            // a failing disk, a vanished network share: the clerk's to see to, not a fault of ours
            LOG.warn("I/O error on {}", file, e);
            return StoreFailures.isDiskFull(e) ? StoreFailures.diskFull(file, e)
                    : new StorageFailureException("IO_ERROR", Message.of("store.ioError", file, code.name()), e);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return new StorageFailureException("CANNOT_WRITE", Message.of("store.cannotWrite", file), e);
        }
        LOG.error("Database error on {}", file, e);
        return new StorageFailureException("STORAGE_FAILURE", Message.of("store.storageFailure"), e);
    }

    private static Path backupFolderFor(Path file, StoreOptions options) {
        return options.backupFolder().orElse(file.toAbsolutePath().resolveSibling(DataFolder.BACKUP_FOLDER_NAME));
    }

    private static void createParent(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            // A folder made for the database is private; one that was there already (the clerk's) is left alone.
            if (!Files.isDirectory(parent)) {
                PrivateFiles.folder(parent);
            }
            PrivateFiles.fileIfAbsent(file);
        } catch (IOException e) {
            throw new StorageFailureException("DATA_FOLDER_UNAVAILABLE", Message.of("store.folderUnavailable", parent), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a connection that failed to open", e);
        }
    }

    @Override
    public void close() {
        guard.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(connection);
            lockFile.ifPresent(LockFile::close);
        } finally {
            guard.unlock();
        }
    }
}
