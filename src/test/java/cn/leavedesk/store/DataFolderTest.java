package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/clerk");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataFolder.resolve(Optional.empty(), "Linux", Map.of("XDG_DATA_HOME", "/data"), HOME))
                .isEqualTo(Path.of("/data/leavedesk"));
        assertThat(DataFolder.resolve(Optional.empty(), "Linux", Map.of(), HOME))
                .isEqualTo(HOME.resolve(".local/share/leavedesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(Optional.empty(), "Mac OS X", Map.of(), HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/LeaveDesk"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.resolve(Optional.empty(), "Windows 11", Map.of("APPDATA", "/appdata"), HOME))
                .isEqualTo(Path.of("/appdata/LeaveDesk"));
    }

    @Test
    void propertyOverridesTheConvention() {
        assertThat(DataFolder.resolve(Optional.of("/portable"), "Windows 11", Map.of("APPDATA", "/x"), HOME))
                .isEqualTo(Path.of("/portable"));
    }

    @Test
    void folderIsCreatedOnFirstUse(@TempDir Path dir) {
        String previous = System.getProperty(DataFolder.HOME_PROPERTY);
        System.setProperty(DataFolder.HOME_PROPERTY, dir.resolve("ld").toString());
        try {
            DataFolder folder = DataFolder.standard();
            assertThat(Files.isDirectory(folder.root())).isTrue();
            assertThat(folder.databaseFile()).isEqualTo(dir.resolve("ld/leavedesk.db"));
            assertThat(folder.backupFolder()).isEqualTo(dir.resolve("ld/backups"));
        } finally {
            if (previous == null) {
                System.clearProperty(DataFolder.HOME_PROPERTY);
            } else {
                System.setProperty(DataFolder.HOME_PROPERTY, previous);
            }
        }
    }
}
