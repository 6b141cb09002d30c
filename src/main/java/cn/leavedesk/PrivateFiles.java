package cn.leavedesk;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files readable by their owner only (0700 / 0600) where the file system has POSIX permissions: the
 * database, its backups and the logs hold leaders' travel plans. On Windows the user's profile already keeps them
 * private, and these calls only create.
 */
public final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder and any missing parents; the folder itself (new or not) becomes owner-only. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    /** Creates an empty owner-only file if there is none yet, so that whatever writes it later inherits that. */
    public static void fileIfAbsent(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another process created it first; it is that one's to set
        }
    }

    /** The attribute to pass when creating a file through NIO, or none without POSIX permissions. */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Makes an existing file or folder owner-only; a no-op without POSIX permissions or on someone else's file. */
    public static void restrict(Path path) {
        if (!POSIX || !Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (a shared folder the clerk chose); its own permissions stand
        }
    }
}
