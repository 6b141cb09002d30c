package cn.leavedesk.service;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.util.List;

/** Backups a clerk asks for, and restoring from one. The store keeps its own daily rotating backups besides. */
public final class BackupService {
    private final Database db;

    public BackupService(Database db) {
        this.db = db;
    }

    /**
     * Copies the open database to a new file, consistent even while it is in use.
     *
     * @return the absolute path written
     * @throws cn.leavedesk.store.StorageFailureException when the target exists or cannot be written
     */
    public Path backupTo(Path target) {
        return db.backups().backupTo(target);
    }

    /**
     * Replaces the database's content with the backup's; the content replaced is kept as a rotating backup first.
     *
     * @return that backup of the replaced content
     * @throws cn.leavedesk.store.InvalidBackupException when the file is damaged, foreign or too new; nothing changes
     */
    public Path restoreFrom(Path source, Actor actor) {
        return db.backups().restoreFrom(source, actor);
    }

    /** Where the automatic backups of this database are kept. */
    public Path backupFolder() {
        return db.backups().folder();
    }

    /** The rotating backups, newest first. */
    public List<Path> rotatingBackups() {
        return db.backups().list();
    }
}
