package cn.leavedesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Database} is opened.
 *
 * @param clock         the source of every stored timestamp and of backup names
 * @param backupsToKeep how many rotating backups of the database stay in the backup folder
 * @param backupsMaxBytes how many bytes its rotating backups may take together (the newest is kept whatever its size)
 * @param autoBackup    whether opening takes the once-a-day backup
 * @param backupFolder  where backups go; empty means {@code backups/} beside the database file
 */
public record StoreOptions(Clock clock, int backupsToKeep, long backupsMaxBytes, AutoBackup autoBackup,
                           Optional<Path> backupFolder) {
    public static final int DEFAULT_BACKUPS_TO_KEEP = 10;
    /** 1 GiB: ten backups of a file of 100 MB, several hundred thousand absences. */
    public static final long DEFAULT_BACKUPS_MAX_BYTES = 1L << 30;

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(autoBackup, "autoBackup");
        Objects.requireNonNull(backupFolder, "backupFolder");
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("backupsToKeep must be at least 1");
        }
        if (backupsMaxBytes < 0) {
            throw new IllegalArgumentException("backupsMaxBytes must not be negative");
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemDefaultZone(), DEFAULT_BACKUPS_TO_KEEP, DEFAULT_BACKUPS_MAX_BYTES, AutoBackup.DAILY,
                Optional.empty());
    }

    public StoreOptions withClock(Clock value) {
        return new StoreOptions(value, backupsToKeep, backupsMaxBytes, autoBackup, backupFolder);
    }

    public StoreOptions withBackupsToKeep(int value) {
        return new StoreOptions(clock, value, backupsMaxBytes, autoBackup, backupFolder);
    }

    public StoreOptions withBackupsMaxBytes(long value) {
        return new StoreOptions(clock, backupsToKeep, value, autoBackup, backupFolder);
    }

    public StoreOptions withAutoBackup(AutoBackup value) {
        return new StoreOptions(clock, backupsToKeep, backupsMaxBytes, value, backupFolder);
    }

    public StoreOptions withBackupFolder(Path value) {
        return new StoreOptions(clock, backupsToKeep, backupsMaxBytes, autoBackup, Optional.of(value));
    }
}
