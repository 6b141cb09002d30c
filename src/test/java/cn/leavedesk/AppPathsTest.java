package cn.leavedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private final Path userHome = Path.of("/home/clerk");

    @Test
    void linuxUsesLocalShare() {
        AppPaths paths = AppPaths.resolve(Optional.empty(), "Linux", userHome, Map.of());

        assertThat(paths.logFile()).isEqualTo(Path.of("/home/clerk/.local/share/leavedesk/logs/leavedesk.log"));
    }

    @Test
    void linuxHonoursXdgDataHome() {
        AppPaths paths = AppPaths.resolve(Optional.empty(), "Linux", userHome, Map.of("XDG_DATA_HOME", "/data"));

        assertThat(paths.home()).isEqualTo(Path.of("/data/leavedesk"));
    }

    @Test
    void windowsUsesLocalAppData() {
        AppPaths paths = AppPaths.resolve(Optional.empty(), "Windows 11", userHome,
                Map.of("LOCALAPPDATA", "/appdata"));

        assertThat(paths.home()).isEqualTo(Path.of("/appdata/LeaveDesk"));
    }

    @Test
    void overrideWinsOnEverySystem() {
        AppPaths paths = AppPaths.resolve(Optional.of("/portable/ld"), "Windows 11", userHome,
                Map.of("LOCALAPPDATA", "/appdata"));

        assertThat(paths.databaseFile()).isEqualTo(Path.of("/portable/ld/leavedesk.db"));
        assertThat(paths.backupFolder()).isEqualTo(Path.of("/portable/ld/backups"));
        assertThat(paths.holidayFolder()).isEqualTo(Path.of("/portable/ld/holidays"));
    }
}
