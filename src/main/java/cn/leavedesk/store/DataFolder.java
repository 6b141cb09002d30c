package cn.leavedesk.store;

import cn.leavedesk.AppPaths;
import cn.leavedesk.PrivateFiles;
import cn.leavedesk.domain.Message;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where LeaveDesk keeps its data, per the conventions of each desktop OS. The system property
 * {@code leavedesk.home} overrides the choice (portable installs, tests).
 */
public final class DataFolder {
    public static final String HOME_PROPERTY = AppPaths.HOME_PROPERTY;
    public static final String BACKUP_FOLDER_NAME = "backups";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /**
     * The folder for this machine and user, created if it does not exist yet. The per-OS convention lives in
     * {@link AppPaths} alone, so the log, the settings and the database never disagree about it.
     */
    public static DataFolder standard() {
        return at(AppPaths.current().home());
    }

    /** A data folder at an explicit place, created if it does not exist yet. */
    public static DataFolder at(Path root) {
        try {
            PrivateFiles.folder(root);
        } catch (IOException e) {
            throw new StorageFailureException("DATA_FOLDER_UNAVAILABLE", Message.of("store.dataFolderUnavailable", root),
                    e);
        }
        return new DataFolder(root.toAbsolutePath());
    }

    public Path root() {
        return root;
    }

    /** The default database file inside this folder. */
    public Path databaseFile() {
        return new AppPaths(root).databaseFile();
    }

    /** Where automatic backups of a database in this folder go. */
    public Path backupFolder() {
        return new AppPaths(root).backupFolder();
    }
}
