package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @Test
    void theDatabaseLivesInTheApplicationsDataFolder() {
        // AppPathsTest covers the per-OS convention; the store only adds its file names to it.
        assertThat(DataFolder.at(Path.of(System.getProperty("java.io.tmpdir"), "ld-df-test")).databaseFile().getFileName())
                .hasToString("leavedesk.db");
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
