package cn.leavedesk.service;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.store.Backups;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Puts a good backup in place of a database file that failed its integrity check. A damaged file cannot be opened,
 * so this works on the closed file: the backup is checked as thoroughly as any restore, the damaged file (with its
 * WAL side files) is kept beside it for support, never deleted, and the restore is recorded in the restored file's
 * audit log.
 */
public final class DamagedDatabaseRestore {
    private final Clock clock;

    public DamagedDatabaseRestore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** As {@link #restore(Path, Path, Actor)}, recorded as done by the operating-system account. */
    public Path restore(Path database, Path backup) {
        return restore(database, backup, Actor.osAccount());
    }

    /**
     * @return where the damaged file now is
     * @throws cn.leavedesk.store.InvalidBackupException when the backup is the database itself, damaged, foreign or
     *                                                  too new; nothing was moved then
     * @throws cn.leavedesk.store.StoreException        when the files cannot be moved or copied (disk full…), or
     *                                                  another window has the database open
     */
    public Path restore(Path database, Path backup, Actor actor) {
        return Backups.replaceDamaged(database, backup, actor, clock);
    }
}
