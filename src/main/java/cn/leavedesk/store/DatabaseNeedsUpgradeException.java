package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.nio.file.Path;

/** A read-only open found an older schema; only a normal (writable) open may upgrade it. */
public final class DatabaseNeedsUpgradeException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DatabaseNeedsUpgradeException(Path file, int fileVersion, int knownVersion) {
        super("DATABASE_NEEDS_UPGRADE", Message.of("store.databaseNeedsUpgrade", file, fileVersion, knownVersion));
    }
}
