package cn.leavedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.leavedesk.store.DataFolder;
import cn.leavedesk.store.Database;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder, the database and the files SQLite keeps beside it are the user's alone. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        // Windows keeps a user's profile private by itself; these permissions exist only on POSIX file systems.
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theDataFolderIsOwnerOnlyEvenIfItExistedOpen() throws IOException {
        Path home = Files.createDirectory(dir.resolve("ld"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));

        DataFolder.at(home);

        assertThat(mode(home)).isEqualTo("rwx------");
    }

    @Test
    void theDatabaseItsWalAndItsLockAreOwnerOnly() throws IOException {
        Path db = dir.resolve("new-folder").resolve("office.db");
        try (Database open = Database.open(db)) {
            open.settings().put("probe", "1", cn.leavedesk.domain.Actor.of("test"));
            try (Stream<Path> files = Files.list(db.getParent())) {
                assertThat(files.filter(Files::isRegularFile)).isNotEmpty().allSatisfy(file ->
                        assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------"));
            }
        }
        assertThat(mode(db.getParent())).isEqualTo("rwx------");
    }

    @Test
    void aFolderTheClerkAlreadyHadIsLeftAsItWas() throws IOException {
        Path theirs = Files.createDirectory(dir.resolve("shared"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-x---")));

        Database.open(theirs.resolve("office.db")).close();

        assertThat(mode(theirs)).isEqualTo("rwxr-x---");
        assertThat(mode(theirs.resolve("office.db"))).isEqualTo("rw-------");
    }
}
