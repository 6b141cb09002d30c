package cn.leavedesk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a file whole or not at all: the content goes to a hidden temporary file beside the target
 * ({@code .NAME.<random>.partial}), is forced to disk, and only then takes the target's name. A failure (a full disk,
 * a kill) never leaves a 0-byte or half-written file under the target's name; the temporary one is removed on
 * failure, and a kill's leftover is recognisable by its name ({@link #isLeftover}).
 */
public final class AtomicFile {
    /** What fills the temporary file; it exists (empty) when called. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(Path temporary) throws E;
    }

    /** Side files SQLite may leave beside a database it wrote. */
    private static final List<String> SQLITE_SIDE_FILES = List.of("-journal", "-wal", "-shm");
    private static final String SUFFIX = ".partial";

    private AtomicFile() {
    }

    /**
     * Writes a new file; an existing target is never replaced, even one that appears while the content is written.
     *
     * @throws FileAlreadyExistsException when the target exists
     */
    public static <E extends Exception> Path createNew(Path target, Content<E> content) throws IOException, E {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temporary = write(absolute, content);
        try {
            publishNew(temporary, absolute);
        } finally {
            deleteWithSideFiles(temporary);
        }
        return absolute;
    }

    /** Writes a file, replacing the target (if any) in one rename once the new content is complete. */
    public static <E extends Exception> Path replace(Path target, Content<E> content) throws IOException, E {
        Path absolute = target.toAbsolutePath();
        Path temporary = write(absolute, content);
        try {
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteWithSideFiles(temporary);
        }
        return absolute;
    }

    /** Whether a file name is a temporary this class made for {@code targetName} (a kill's leftover when no write runs). */
    public static boolean isLeftover(String fileName, String targetName) {
        String stem = fileName;
        for (String side : SQLITE_SIDE_FILES) {
            if (stem.endsWith(SUFFIX + side)) {
                stem = stem.substring(0, stem.length() - side.length());
            }
        }
        return stem.startsWith("." + targetName + ".") && stem.endsWith(SUFFIX);
    }

    /** Deletes a file and the journal, WAL and shared-memory files SQLite may have left beside it. */
    public static void deleteWithSideFiles(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String side : SQLITE_SIDE_FILES) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + side));
        }
    }

    private static <E extends Exception> Path write(Path target, Content<E> content) throws IOException, E {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", SUFFIX);
        boolean done = false;
        try {
            content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            done = true;
            return temporary;
        } finally {
            if (!done) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * A hard link fails atomically when the target exists; file systems without hard links (FAT on a USB stick) get
     * a check followed by a rename.
     */
    private static void publishNew(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            // no hard links here: fall through
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            deleteWithSideFiles(temporary);
        } catch (IOException e) {
            // the caller's failure matters more; the leftover is recognisable by its name
        }
    }
}
