package cn.leavedesk.store;

import java.nio.file.Path;

/** A read-only open found an older schema; only a normal (writable) open may upgrade it. */
public final class DatabaseNeedsUpgradeException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DatabaseNeedsUpgradeException(Path file, int fileVersion, int knownVersion) {
        super("DATABASE_NEEDS_UPGRADE",
                "数据库 " + file + " 的数据结构较旧（版本 " + fileVersion + "，当前为 " + knownVersion
                        + "），只读方式无法升级。请在没有其他窗口占用时正常打开一次。",
                "The database " + file + " has an older schema (version " + fileVersion + ", current " + knownVersion
                        + ") which a read-only open cannot upgrade. Open it normally once no other window uses it.");
    }
}
