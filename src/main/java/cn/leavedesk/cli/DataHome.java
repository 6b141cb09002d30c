package cn.leavedesk.cli;

import java.nio.file.Path;

/** Where the command line looks for office files by default; the store decides where the database lives. */
final class DataHome {
    private DataHome() {
    }

    static Path folder() {
        String override = System.getProperty("leavedesk.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "LeaveDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "LeaveDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("leavedesk");
    }

    static Path holidays() {
        return folder().resolve("holidays");
    }
}
