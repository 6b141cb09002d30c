package cn.leavedesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Database} is opened.
 *
 * @param clock         the source of every stored timestamp and of backup names
 * @param backupsToKeep how many rotating backups stay in the backup folder
 * @param autoBackup    whether opening takes the once-a-day backup
 * @param backupFolder  where backups go; empty means {@code backups/} beside the database file
 */
public record StoreOptions(Clock clock, int backupsToKeep, AutoBackup autoBackup, Optional<Path> backupFolder) {
    public static final int DEFAULT_BACKUPS_TO_KEEP = 10;

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(autoBackup, "autoBackup");
        Objects.requireNonNull(backupFolder, "backupFolder");
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("backupsToKeep must be at least 1");
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemDefaultZone(), DEFAULT_BACKUPS_TO_KEEP, AutoBackup.DAILY, Optional.empty());
    }

    public StoreOptions withClock(Clock value) {
        return new StoreOptions(value, backupsToKeep, autoBackup, backupFolder);
    }

    public StoreOptions withBackupsToKeep(int value) {
        return new StoreOptions(clock, value, autoBackup, backupFolder);
    }

    public StoreOptions withAutoBackup(AutoBackup value) {
        return new StoreOptions(clock, backupsToKeep, value, backupFolder);
    }

    public StoreOptions withBackupFolder(Path value) {
        return new StoreOptions(clock, backupsToKeep, autoBackup, Optional.of(value));
    }
}
