package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/** Failures of plain file operations (copies, renames) worded like the database's own. */
final class StoreFailures {
    private StoreFailures() {
    }

    /** A full disk says so; anything else is an I/O failure naming the file and what the system said. */
    static StorageFailureException io(IOException e, Path file) {
        if (isDiskFull(e)) {
            return diskFull(file, e);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        return new StorageFailureException("IO_ERROR", Message.of("store.ioError", file, reason), e);
    }

    static StorageFailureException diskFull(Path file, Throwable cause) {
        return new StorageFailureException("DISK_FULL", Message.of("store.diskFull", file), cause);
    }

    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk full") || message.contains("sqlite_full")) {
                return true;
            }
        }
        return false;
    }
}
