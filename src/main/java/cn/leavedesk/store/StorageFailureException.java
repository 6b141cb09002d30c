package cn.leavedesk.store;

import cn.leavedesk.domain.Message;

/** Reading or writing the database failed for a reason the clerk cannot fix alone (disk full, I/O error…). */
public final class StorageFailureException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StorageFailureException(String code, Message message, Throwable cause) {
        super(code, message, cause);
    }

    /**
     * A failed file operation outside the database (reading an import, writing an export) worded like the store's:
     * {@code DISK_FULL} for a full disk, else {@code IO_ERROR} naming the file and what the system said.
     */
    public static StorageFailureException fromIo(java.io.IOException e) {
        java.nio.file.Path file = e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                ? java.nio.file.Path.of(fs.getFile()) : java.nio.file.Path.of("?");
        return StoreFailures.io(e, file);
    }
}
