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
 * @param checkAtOpen   when opening for writing runs SQLite's quick check
 */
public record StoreOptions(Clock clock, int backupsToKeep, AutoBackup autoBackup, Optional<Path> backupFolder,
                           CheckAtOpen checkAtOpen) {
    /** When a writable open checks the file's pages (a read-only open always does). */
    public enum CheckAtOpen {
        /** Every time: commands, which run once and must not work on a damaged file. */
        ALWAYS,
        /**
         * Only when the previous session did not close the file (killed, crashed): the client, which checks in the
         * background otherwise, so that a large office's window is usable at once.
         */
        AFTER_UNCLEAN_SHUTDOWN
    }

    public static final int DEFAULT_BACKUPS_TO_KEEP = 10;

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(autoBackup, "autoBackup");
        Objects.requireNonNull(backupFolder, "backupFolder");
        Objects.requireNonNull(checkAtOpen, "checkAtOpen");
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("backupsToKeep must be at least 1");
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemDefaultZone(), DEFAULT_BACKUPS_TO_KEEP, AutoBackup.DAILY, Optional.empty(),
                CheckAtOpen.ALWAYS);
    }

    public StoreOptions withClock(Clock value) {
        return new StoreOptions(value, backupsToKeep, autoBackup, backupFolder, checkAtOpen);
    }

    public StoreOptions withBackupsToKeep(int value) {
        return new StoreOptions(clock, value, autoBackup, backupFolder, checkAtOpen);
    }

    public StoreOptions withAutoBackup(AutoBackup value) {
        return new StoreOptions(clock, backupsToKeep, value, backupFolder, checkAtOpen);
    }

    public StoreOptions withBackupFolder(Path value) {
        return new StoreOptions(clock, backupsToKeep, autoBackup, Optional.of(value), checkAtOpen);
    }

    public StoreOptions withCheckAtOpen(CheckAtOpen value) {
        return new StoreOptions(clock, backupsToKeep, autoBackup, backupFolder, value);
    }
}
