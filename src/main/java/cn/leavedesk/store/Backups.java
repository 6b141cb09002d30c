package cn.leavedesk.store;

import cn.leavedesk.AtomicFile;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Message;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of an open database (SQLite's backup API, so a backup is consistent even while the file is in
 * use). Rotating backups are named after their database, {@code NAME-YYYYMMDD-HHMMSS.db} for {@code NAME.db}, so
 * databases sharing a folder never count or recommend each other's; those taken before a schema upgrade or a
 * restore carry a suffix ({@code -before-v2}, {@code -before-restore}) and rotate with the rest. Each backup is
 * written under a temporary name and renamed when complete, so a file under a backup's name is always whole; the
 * rotation keeps at most {@code backupsToKeep} of them and at most {@code backupsMaxBytes} together, the newest
 * always.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String JOURNAL = "-journal";
    private static final List<String> SIDE_FILES = List.of(JOURNAL, "-wal", "-shm");

    private final Database db;
    private final Path folder;
    private final String stem;
    private final int keep;
    private final long maxBytes;
    private final Clock clock;

    Backups(Database db, Path folder, StoreOptions options) {
        this.db = db;
        this.folder = folder;
        this.stem = stemOf(db.file());
        this.keep = options.backupsToKeep();
        this.maxBytes = options.backupsMaxBytes();
        this.clock = options.clock();
    }

    public Path folder() {
        return folder;
    }

    /** The rotating backups of this database, newest first. */
    public List<Path> list() {
        return list(folder, stem);
    }

    /** The rotating backups of {@code database} in {@code folder}, newest first. */
    public static List<Path> listFor(Path folder, Path database) {
        return list(folder, stemOf(database));
    }

    /** A backup's name without date: the database's file name less a {@code .db} ending. */
    static String stemOf(Path database) {
        String name = database.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    /** Name, timestamp, optional purpose suffix, optional collision counter. */
    private static Pattern namePattern(String stem) {
        return Pattern.compile(Pattern.quote(stem) + "-(\\d{8})-(\\d{6})(-before-v\\d+|-before-restore)?(?:~(\\d+))?\\.db");
    }

    /** Complete backups only: a file with a journal beside it was cut off while being written (by older versions). */
    private static List<Path> list(Path folder, String stem) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern name = namePattern(stem);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !Files.exists(sideFile(p, JOURNAL)))
                    .sorted(Comparator.comparing((Path p) -> sortKey(name, p)).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
            return List.of();
        }
    }

    private static String sortKey(Pattern name, Path backup) {
        Matcher m = name.matcher(backup.getFileName().toString());
        if (!m.matches()) {
            return "";
        }
        String counter = m.group(4) == null ? "0" : m.group(4);
        return m.group(1) + m.group(2) + String.format("%06d", Integer.parseInt(counter));
    }

    private static Path sideFile(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * Takes the automatic backup unless a complete one was already taken today (by this clock's calendar).
     *
     * @return the new backup, or empty when today's already exists
     */
    public Optional<Path> automaticIfDue() {
        String today = LocalDateTime.now(clock).format(STAMP).substring(0, 8);
        Pattern name = namePattern(stem);
        boolean takenToday = list().stream()
                .map(p -> name.matcher(p.getFileName().toString()))
                .anyMatch(m -> m.matches() && m.group(1).equals(today) && m.group(3) == null);
        if (takenToday) {
            return Optional.empty();
        }
        return Optional.of(rotating(""));
    }

    /** Taken by {@link Database} before it upgrades an existing file's schema. */
    Path beforeMigration(int fromVersion, int toVersion) {
        LOG.info("Backing up {} before upgrading schema {} to {}", db.file(), fromVersion, toVersion);
        return rotating("-before-v" + toVersion);
    }

    private Path rotating(String purpose) {
        Path target = nextName(purpose);
        copyTo(target);
        rotate();
        return target;
    }

    private Path nextName(String purpose) {
        String name = stem + "-" + LocalDateTime.now(clock).format(STAMP) + purpose;
        Path target = folder.resolve(name + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(name + "~" + n + ".db");
        }
        return target;
    }

    /** Newest first: a backup goes when it is beyond the count, or would bring the total beyond the size bound. */
    void rotate() {
        long total = 0;
        int kept = 0;
        for (Path backup : list()) {
            long size = sizeOf(backup);
            if (kept == 0 || (kept < keep && total + size <= maxBytes)) {
                kept++;
                total += size;
                continue;
            }
            try {
                AtomicFile.deleteWithSideFiles(backup);
                LOG.info("Removed old backup {}", backup);
            } catch (IOException e) {
                LOG.warn("Cannot remove old backup {}", backup, e);
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Removes what a killed backup or restore left behind: temporary files of this database's backups and restore
     * copies, backups cut off by older versions (a journal beside them), and journals whose backup is gone. Called by
     * a writable open, which holds the database's lock, so no backup or restore of this database is under way.
     */
    void cleanLeftovers() {
        List<Path> leftovers = new ArrayList<>();
        Pattern name = namePattern(stem);
        String dbName = db.file().getFileName().toString();
        collect(db.file().getParent(), f -> AtomicFile.isLeftover(f, dbName), leftovers);
        collect(folder, f -> isBackupTemporary(name, f), leftovers);
        collect(folder, f -> SIDE_FILES.stream().anyMatch(side -> f.endsWith(side)
                && name.matcher(f.substring(0, f.length() - side.length())).matches()
                && (side.equals(JOURNAL) || !Files.exists(folder.resolve(f.substring(0, f.length() - side.length()))))),
                leftovers);
        for (Path leftover : leftovers) {
            try {
                if (leftover.getFileName().toString().endsWith(JOURNAL)) {
                    // a backup with a journal beside it was never finished: it goes with its journal
                    Path backup = leftover.resolveSibling(leftover.getFileName().toString()
                            .substring(0, leftover.getFileName().toString().length() - JOURNAL.length()));
                    Files.deleteIfExists(backup);
                }
                Files.deleteIfExists(leftover);
                LOG.info("Removed the leftover {} of an interrupted backup or restore", leftover);
            } catch (IOException e) {
                LOG.warn("Cannot remove the leftover {}", leftover, e);
            }
        }
    }

    /** {@code .NAME-YYYYMMDD-HHMMSS.db.<random>.partial}, as {@link AtomicFile} names a backup being written. */
    private static boolean isBackupTemporary(Pattern name, String fileName) {
        int end = fileName.indexOf(".db.");
        if (!fileName.startsWith(".") || end < 1) {
            return false;
        }
        String target = fileName.substring(1, end + 3);
        return name.matcher(target).matches() && AtomicFile.isLeftover(fileName, target);
    }

    private static void collect(Path folder, java.util.function.Predicate<String> test, List<Path> into) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> test.test(p.getFileName().toString())).forEach(into::add);
        } catch (IOException e) {
            LOG.warn("Cannot look for leftovers in {}", folder, e);
        }
    }

    /**
     * A backup to a place the clerk chose (a USB stick, a network share). Not part of the rotation. Written under
     * a temporary name and renamed when complete: a failure leaves nothing under the chosen name.
     *
     * @throws StorageFailureException when the target exists or cannot be written
     */
    public Path backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw targetExists(absolute);
        }
        copyTo(absolute);
        return absolute;
    }

    private static StorageFailureException targetExists(Path target) {
        return new StorageFailureException("BACKUP_TARGET_EXISTS", Message.of("store.backup.targetExists", target),
                null);
    }

    private void copyTo(Path target) {
        try {
            AtomicFile.createNew(target, temporary -> {
                db.outsideTransaction(c -> {
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate("backup to " + Sql.quotePath(temporary));
                    }
                    return null;
                });
                selfContained(temporary);
            });
        } catch (FileAlreadyExistsException e) {
            throw targetExists(target);
        } catch (IOException e) {
            throw StoreFailures.io(e, target);
        }
        LOG.info("Backed up {} to {}", db.file(), target);
    }

    /**
     * A copy of a WAL database says "WAL" in its header, so whoever opens it later (a restore's check, the sqlite3
     * shell on a USB stick) would make {@code -wal} and {@code -shm} files beside it; in rollback-journal mode it
     * stays one file wherever it goes.
     */
    private static void selfContained(Path backup) throws IOException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot finish the backup " + backup + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the open database's content with a backup's, after checking a private copy of the backup whole
     * ({@link BackupCheck}). The current content is first saved as a {@code -before-restore} backup; the restore's
     * audit entry is written into the copy before the copy's content replaces the database's, so there is never a
     * restore without its entry; a backup from an older LeaveDesk is upgraded after it is restored.
     *
     * @return the backup of the content that was replaced
     * @throws InvalidBackupException when the source is the database itself, damaged, foreign or too new; nothing is
     *                                changed then
     */
    public Path restoreFrom(Path source, Actor actor) {
        Path absolute = source.toAbsolutePath();
        refuseSameFile(absolute, db.file());
        try (RestoreCandidate candidate = RestoreCandidate.prepare(absolute, db.file())) {
            // the copy is made ready (entry included) before anything else is written: a copy SQLite will not write
            // to is refused with no backup taken; a failing backup below discards the copy and its entry with it
            Path safety = nextName("-before-restore");
            candidate.recordRestore(actor, db.now(),
                    Map.of("source", absolute.toString(), "previousContentSavedAs", safety.toString()));
            copyTo(safety);
            rotate();
            db.outsideTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("restore from " + Sql.quotePath(candidate.file()));
                }
                db.afterRestore();
                return null;
            });
            LOG.info("Restored {} from {}; previous content saved as {}", db.file(), absolute, safety);
            return safety;
        }
    }

    /**
     * The database under another name ({@code ./x.db}, a symbolic or hard link) is the database: restoring it onto
     * itself would replace the content with itself after saving it as "the previous content".
     */
    static void refuseSameFile(Path source, Path database) {
        boolean same;
        try {
            same = Files.exists(source) && Files.exists(database) && Files.isSameFile(source, database);
        } catch (IOException e) {
            same = false;
        }
        if (same || source.normalize().equals(database.normalize())) {
            throw new InvalidBackupException(source, Message.of("store.restore.sameFile", database), null);
        }
    }

    /** Checks a file the way {@link #restoreFrom} does, on a private copy in the system's temporary folder. */
    public static void validate(Path source) {
        try (RestoreCandidate candidate = RestoreCandidate.prepareAside(source)) {
            LOG.debug("{} passes the restore checks at schema version {}", source, candidate.version());
        }
    }

    /** The newest backup of {@code database} in {@code folder} that passes the restore checks, if any. */
    public static Optional<Path> latestGood(Path folder, Path database) {
        for (Path candidate : list(folder, stemOf(database))) {
            try {
                validate(candidate);
                return Optional.of(candidate);
            } catch (StoreException e) {
                LOG.warn("Backup {} is not usable: {}", candidate, e.englishMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Puts a backup in place of a database file that cannot be opened (damaged): the backup is checked like any
     * restore, the restore's audit entry is written into the checked copy, the damaged file is kept beside the
     * database as {@code NAME.damaged-YYYYMMDD-HHMMSS} (never deleted), and the copy takes the database's name in
     * one rename. Takes the database's lock for the while, so no window can have it open.
     *
     * @return where the damaged file is kept
     * @throws InvalidBackupException when the backup is the database itself, damaged, foreign or too new; nothing
     *                                was moved then
     */
    public static Path replaceDamaged(Path database, Path backup, Actor actor, Clock clock) {
        Path file = database.toAbsolutePath();
        Path source = backup.toAbsolutePath();
        refuseSameFile(source, file);
        try (LockFile lock = LockFile.acquire(file);
             RestoreCandidate candidate = RestoreCandidate.prepare(source, file)) {
            Path keptAs = file.resolveSibling(file.getFileName() + ".damaged-"
                    + LocalDateTime.now(clock).format(STAMP));
            candidate.recordRestore(actor, clock.instant(),
                    Map.of("source", source.toString(), "previousContentSavedAs", keptAs.toString()));
            try {
                keepDamaged(file, keptAs);
                moveIntoPlace(candidate.file(), file);
            } catch (IOException e) {
                throw StoreFailures.io(e, file);
            }
            LOG.warn("Restored {} from backup {}; the damaged file is kept as {}", file, source, keptAs);
            return keptAs;
        }
    }

    /**
     * The damaged file stays reachable under the database's name until the backup replaces it in one rename (a hard
     * link keeps it under the second name too), so a crash in between never leaves the clerk with no file, which
     * the next start would take for a new, empty office. Its WAL and shared-memory files are moved away first:
     * SQLite would otherwise read them into the restored file.
     */
    private static void keepDamaged(Path file, Path keptAs) throws IOException {
        for (String suffix : List.of("-wal", "-shm", JOURNAL)) {
            Path side = sideFile(file, suffix);
            if (Files.exists(side)) {
                Files.move(side, sideFile(keptAs, suffix));
            }
        }
        if (!Files.exists(file)) {
            return;
        }
        try {
            Files.createLink(keptAs, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, keptAs, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void moveIntoPlace(Path copy, Path file) throws IOException {
        try {
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** For {@link Database#translate}: a damaged database recommends its own newest good backup. */
    static Optional<Path> latestGoodQuietly(Path folder, Path database) {
        try {
            return latestGood(folder, database);
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for a good backup of {}", database, e);
            return Optional.empty();
        }
    }
}
