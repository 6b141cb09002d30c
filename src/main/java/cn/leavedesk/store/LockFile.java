package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code <db>.lock}, held while a writable {@link Database} is open. SQLite's own locks only
 * serialise single transactions; this one keeps a second LeaveDesk window from working on the same file at all.
 * The OS drops the lock when the process dies, so a crash never leaves the file locked. The lock file itself is
 * left in place: deleting it would race with a process that is just opening it.
 */
final class LockFile implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean leftBehind;
    private volatile boolean checkAtNextOpen;

    private LockFile(FileChannel channel, FileLock lock, boolean leftBehind) {
        this.channel = channel;
        this.lock = lock;
        this.leftBehind = leftBehind;
    }

    static Path pathFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    static LockFile acquire(Path database) {
        Path path = pathFor(database);
        FileChannel channel;
        try {
            channel = FileChannel.open(path, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    cn.leavedesk.PrivateFiles.fileAttributes());
        } catch (IOException e) {
            throw new StorageFailureException("LOCK_FILE_UNAVAILABLE", Message.of("store.lockFileUnavailable", path), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM already holds it through another Database object
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageFailureException("LOCK_FILE_UNAVAILABLE",
                    Message.of("store.cannotLock", path, String.valueOf(e.getMessage())), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DatabaseInUseException(database);
        }
        boolean leftBehind = hasOwner(channel);
        writeOwner(channel);
        return new LockFile(channel, lock, leftBehind);
    }

    /**
     * True when the previous holder never let go cleanly (killed, crashed, power cut): a clean close empties the
     * file, so an owner still written in it was left behind.
     */
    boolean previousHolderEndedUncleanly() {
        return leftBehind;
    }

    /** Leaves the owner in the file on close, so that the next open checks the database in full. */
    void requestCheckAtNextOpen() {
        checkAtNextOpen = true;
    }

    private static boolean hasOwner(FileChannel channel) {
        try {
            return channel.size() > 0;
        } catch (IOException e) {
            return true; // cannot tell: assume the worst, which costs only a full check
        }
    }

    /** Who holds the lock, for whoever looks at the file while diagnosing. */
    private static void writeOwner(FileChannel channel) {
        String owner = "pid " + ProcessHandle.current().pid() + System.lineSeparator();
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // informational only; the lock is what matters
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        if (!checkAtNextOpen) {
            try {
                channel.truncate(0);
            } catch (IOException e) {
                // the next open then checks the file in full, which is harmless
            }
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
    }
}
