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
 * @param checkAtOpen   when opening for writing runs SQLite's quick check
 */
public record StoreOptions(Clock clock, int backupsToKeep, long backupsMaxBytes, AutoBackup autoBackup,
                           Optional<Path> backupFolder, CheckAtOpen checkAtOpen) {
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
    /** 1 GiB: ten backups of a file of 100 MB, several hundred thousand absences. */
    public static final long DEFAULT_BACKUPS_MAX_BYTES = 1L << 30;

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(autoBackup, "autoBackup");
        Objects.requireNonNull(backupFolder, "backupFolder");
        Objects.requireNonNull(checkAtOpen, "checkAtOpen");
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("backupsToKeep must be at least 1");
        }
        if (backupsMaxBytes < 0) {
            throw new IllegalArgumentException("backupsMaxBytes must not be negative");
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemDefaultZone(), DEFAULT_BACKUPS_TO_KEEP, DEFAULT_BACKUPS_MAX_BYTES,
                AutoBackup.DAILY, Optional.empty(), CheckAtOpen.ALWAYS);
    }

    public StoreOptions withClock(Clock value) {
        return new StoreOptions(value, backupsToKeep, backupsMaxBytes, autoBackup, backupFolder, checkAtOpen);
    }

    public StoreOptions withBackupsToKeep(int value) {
        return new StoreOptions(clock, value, backupsMaxBytes, autoBackup, backupFolder, checkAtOpen);
    }

    public StoreOptions withBackupsMaxBytes(long value) {
        return new StoreOptions(clock, backupsToKeep, value, autoBackup, backupFolder, checkAtOpen);
    }

    public StoreOptions withAutoBackup(AutoBackup value) {
        return new StoreOptions(clock, backupsToKeep, backupsMaxBytes, value, backupFolder, checkAtOpen);
    }

    public StoreOptions withBackupFolder(Path value) {
        return new StoreOptions(clock, backupsToKeep, backupsMaxBytes, autoBackup, Optional.of(value), checkAtOpen);
    }

    public StoreOptions withCheckAtOpen(CheckAtOpen value) {
        return new StoreOptions(clock, backupsToKeep, backupsMaxBytes, autoBackup, backupFolder, value);
    }
}
