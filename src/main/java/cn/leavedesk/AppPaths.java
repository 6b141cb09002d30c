package cn.leavedesk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where LeaveDesk keeps its own files (log, default database, its backups, office holiday files): the one place
 * that names them. The system property
 * {@code leavedesk.home} overrides the per-OS location, so tests and portable installs never touch the
 * clerk's real data folder.
 */
public record AppPaths(Path home) {
    public static final String HOME_PROPERTY = "leavedesk.home";

    /** The folder for this JVM: the override if set, else the usual data folder of the OS. */
    public static AppPaths current() {
        return resolve(Optional.ofNullable(System.getProperty(HOME_PROPERTY)).filter(s -> !s.isBlank()),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")), System.getenv());
    }

    static AppPaths resolve(Optional<String> override, String osName, Path userHome, Map<String, String> env) {
        if (override.isPresent()) {
            return new AppPaths(Path.of(override.get()).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path base = Optional.ofNullable(env.get("LOCALAPPDATA")).map(Path::of)
                    .orElse(userHome.resolve("AppData").resolve("Local"));
            return new AppPaths(base.resolve("LeaveDesk"));
        }
        if (os.startsWith("mac")) {
            return new AppPaths(userHome.resolve("Library").resolve("Application Support").resolve("LeaveDesk"));
        }
        Path base = Optional.ofNullable(env.get("XDG_DATA_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(userHome.resolve(".local").resolve("share"));
        return new AppPaths(base.resolve("leavedesk"));
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }

    public Path logFile() {
        return logDirectory().resolve("leavedesk.log");
    }

    /** The office's own or corrected holiday schedules, read by the client and every command. */
    public Path holidayFolder() {
        return home.resolve("holidays");
    }

    /** The database the client and the commands use when no {@code --db} names another. */
    public Path databaseFile() {
        return home.resolve("leavedesk.db");
    }

    /** Automatic backups of the default database. */
    public Path backupFolder() {
        return home.resolve("backups");
    }

}
