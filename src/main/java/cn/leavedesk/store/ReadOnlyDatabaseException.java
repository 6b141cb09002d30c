package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.nio.file.Path;

/** A write was attempted on a database opened read-only. */
public final class ReadOnlyDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyDatabaseException(Path file) {
        super("DATABASE_READ_ONLY", Message.of("store.readOnly", file));
    }
}
