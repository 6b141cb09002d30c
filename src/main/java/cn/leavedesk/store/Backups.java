package cn.leavedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of an open database (SQLite's backup API, so a backup is consistent even while the file is in
 * use). Rotating backups live in one folder as {@code leavedesk-YYYYMMDD-HHMMSS.db}; those taken before a schema
 * upgrade or a restore carry a suffix ({@code -before-v2}, {@code -before-restore}) and rotate with the rest.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Name, timestamp, optional purpose suffix, optional collision counter. */
    private static final Pattern NAME = Pattern.compile("leavedesk-(\\d{8})-(\\d{6})(-[a-z0-9-]+?)?(?:~(\\d+))?\\.db");

    private final Database db;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    Backups(Database db, Path folder, int keep, Clock clock) {
        this.db = db;
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** The rotating backups, newest first. */
    public List<Path> list() {
        return list(folder);
    }

    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Backups::sortKey).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
            return List.of();
        }
    }

    private static String sortKey(Path backup) {
        Matcher m = NAME.matcher(backup.getFileName().toString());
        if (!m.matches()) {
            return "";
        }
        String counter = m.group(4) == null ? "0" : m.group(4);
        return m.group(1) + m.group(2) + String.format("%06d", Integer.parseInt(counter));
    }

    /**
     * Takes the automatic backup unless one was already taken today (by this clock's calendar).
     *
     * @return the new backup, or empty when today's already exists
     */
    public Optional<Path> automaticIfDue() {
        String today = LocalDateTime.now(clock).format(STAMP).substring(0, 8);
        boolean takenToday = list().stream()
                .map(p -> NAME.matcher(p.getFileName().toString()))
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
        String stem = "leavedesk-" + LocalDateTime.now(clock).format(STAMP) + purpose;
        Path target = folder.resolve(stem + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + "~" + n + ".db");
        }
        copyTo(target);
        rotate();
        return target;
    }

    private void rotate() {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                LOG.info("Removed old backup {}", old);
            } catch (IOException e) {
                LOG.warn("Cannot remove old backup {}", old, e);
            }
        }
    }

    /**
     * A backup to a place the clerk chose (a USB stick, a network share). Not part of the rotation.
     *
     * @throws StorageFailureException when the target exists or cannot be written
     */
    public Path backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StorageFailureException("BACKUP_TARGET_EXISTS",
                    "文件 " + absolute + " 已经存在，为避免覆盖，未做备份。请另选文件名。",
                    "The file " + absolute + " already exists; to avoid overwriting it, no backup was made."
                            + " Choose another name.", null);
        }
        copyTo(absolute);
        return absolute;
    }

    private void copyTo(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StorageFailureException("BACKUP_FAILED", "无法创建备份文件夹 " + target.getParent() + "。",
                    "Cannot create the backup folder " + target.getParent() + ".", e);
        }
        db.outsideTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("backup to " + Sql.quotePath(target));
            }
            return null;
        });
        LOG.info("Backed up {} to {}", db.file(), target);
    }

    /**
     * Replaces the open database's content with a backup's, after checking that the backup is an intact LeaveDesk
     * file no newer than this program. The current content is first saved as a {@code -before-restore} backup, and
     * a backup from an older LeaveDesk is upgraded after it is restored.
     *
     * @return the backup of the content that was replaced
     * @throws InvalidBackupException when the source is damaged, foreign or too new; nothing is changed then
     */
    public Path restoreFrom(Path source, Actor actor) {
        Path absolute = source.toAbsolutePath();
        if (absolute.equals(db.file())) {
            throw new InvalidBackupException(absolute, "这就是当前打开的数据库文件", "it is the open database file itself",
                    null);
        }
        validate(absolute);
        Path safety = rotating("-before-restore");
        db.outsideTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("restore from " + Sql.quotePath(absolute));
            }
            db.afterRestore();
            return null;
        });
        db.audit().record(actor, "RESTORE", "database", Optional.empty(),
                Map.of("source", absolute.toString(), "previousContentSavedAs", safety.toString()));
        LOG.info("Restored {} from {}; previous content saved as {}", db.file(), absolute, safety);
        return safety;
    }

    /** Checks a file the way {@link #restoreFrom} does, without touching the open database. */
    public static void validate(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new InvalidBackupException(source, "文件不存在", "the file does not exist", null);
        }
        try (Connection c = ConnectionFactory.open(source, AccessMode.READ_ONLY)) {
            List<String> problems = Database.checkResult(c, "PRAGMA integrity_check");
            if (!problems.isEmpty()) {
                throw new InvalidBackupException(source, "文件已损坏（" + problems.get(0) + "）",
                        "the file is damaged (" + problems.get(0) + ")", null);
            }
            int version = Migrations.userVersion(c);
            if (version == 0 || Migrations.applicationId(c) != Migrations.APPLICATION_ID) {
                throw new InvalidBackupException(source, "这不是 LeaveDesk 的数据文件", "it is not a LeaveDesk database",
                        null);
            }
            if (version > Migrations.latest()) {
                throw new InvalidBackupException(source, "它来自更新版本的 LeaveDesk（数据结构版本 " + version + "）",
                        "it comes from a newer LeaveDesk (schema version " + version + ")", null);
            }
        } catch (SQLException e) {
            throw new InvalidBackupException(source, "文件无法作为数据库读取", "the file cannot be read as a database", e);
        }
    }

    /** The newest backup in the folder that passes the integrity check, if any. */
    public static Optional<Path> latestGood(Path folder) {
        for (Path candidate : list(folder)) {
            try {
                validate(candidate);
                return Optional.of(candidate);
            } catch (InvalidBackupException e) {
                LOG.warn("Backup {} is not usable: {}", candidate, e.englishMessage());
            }
        }
        return Optional.empty();
    }
}
