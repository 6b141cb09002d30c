package cn.leavedesk.cli;

import cn.leavedesk.store.DataFolder;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import java.nio.file.Path;

/**
 * Opens the database a command works on: the file named by {@code --db}, else the default one in the data folder
 * (which {@code -Dleavedesk.home} moves). Store failures (in use, too new, damaged) propagate as the store's typed
 * exceptions, which {@link Main} prints as their one-line message.
 */
final class CliDatabase {
    private CliDatabase() {
    }

    /** For commands that write: takes the file's lock, creating and upgrading the file if needed. */
    static Database forWriting(CliContext context) {
        StoreOptions options = StoreOptions.defaults().withClock(context.clock());
        if (context.db().isPresent()) {
            return Database.open(context.db().get(), options);
        }
        DataFolder folder = DataFolder.standard();
        return Database.open(folder.databaseFile(), options.withBackupFolder(folder.backupFolder()));
    }

    /**
     * For commands that only read: works while a LeaveDesk window has the file open, and never creates one.
     */
    static Database forReading(CliContext context) {
        StoreOptions options = StoreOptions.defaults().withClock(context.clock());
        if (context.db().isPresent()) {
            return Database.openReadOnly(context.db().get(), options);
        }
        DataFolder folder = DataFolder.standard();
        Path file = folder.databaseFile();
        return Database.openReadOnly(file, options.withBackupFolder(folder.backupFolder()));
    }
}
