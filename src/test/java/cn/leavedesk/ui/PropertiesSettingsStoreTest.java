package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesSettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void missingFileGivesDefaults() {
        assertThat(new PropertiesSettingsStore(folder.resolve("settings.properties")).load())
                .isEqualTo(ClerkSettings.defaults());
    }

    @Test
    void savedSettingsComeBackIncludingChineseNames() throws IOException {
        Path file = folder.resolve("new").resolve("settings.properties");
        ClerkSettings settings = new ClerkSettings("欧阳晓燕", "hegang");

        new PropertiesSettingsStore(file).save(settings);

        assertThat(new PropertiesSettingsStore(file).load()).isEqualTo(settings);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("欧阳晓燕");
    }

    @Test
    void damagedFileGivesDefaults() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.write(file, new byte[] {'c', 'l', 'e', 'r', 'k', '=', '\\', 'u', 'Z', 'Z'});

        assertThat(new PropertiesSettingsStore(file).load()).isEqualTo(ClerkSettings.defaults());
    }
}
