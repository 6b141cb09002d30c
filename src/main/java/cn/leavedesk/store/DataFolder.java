package cn.leavedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where LeaveDesk keeps its data, per the conventions of each desktop OS. The system property
 * {@code leavedesk.home} overrides the choice (portable installs, tests).
 */
public final class DataFolder {
    public static final String HOME_PROPERTY = "leavedesk.home";
    public static final String DATABASE_FILE_NAME = "leavedesk.db";
    public static final String BACKUP_FOLDER_NAME = "backups";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /** The folder for this machine and user, created if it does not exist yet. */
    public static DataFolder standard() {
        return at(resolve(Optional.ofNullable(System.getProperty(HOME_PROPERTY)), System.getProperty("os.name", ""),
                System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /** A data folder at an explicit place, created if it does not exist yet. */
    public static DataFolder at(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StorageFailureException("DATA_FOLDER_UNAVAILABLE",
                    "无法创建数据文件夹 " + root + "，请检查磁盘空间和权限。",
                    "Cannot create the data folder " + root + "; check disk space and permissions.", e);
        }
        return new DataFolder(root.toAbsolutePath());
    }

    /**
     * The OS convention, kept pure so every platform's branch can be tested on any machine.
     *
     * @param override the value of {@code leavedesk.home}, if set
     */
    static Path resolve(Optional<String> override, String osName, Map<String, String> env, Path userHome) {
        Optional<String> explicit = override.filter(s -> !s.isBlank());
        if (explicit.isPresent()) {
            return Path.of(explicit.get());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return nonBlank(env.get("APPDATA"))
                    .map(Path::of)
                    .orElse(userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("LeaveDesk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("LeaveDesk");
        }
        return nonBlank(env.get("XDG_DATA_HOME"))
                .map(Path::of)
                .orElse(userHome.resolve(".local").resolve("share"))
                .resolve("leavedesk");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isBlank());
    }

    public Path root() {
        return root;
    }

    /** The default database file inside this folder. */
    public Path databaseFile() {
        return root.resolve(DATABASE_FILE_NAME);
    }

    /** Where automatic backups of a database in this folder go. */
    public Path backupFolder() {
        return root.resolve(BACKUP_FOLDER_NAME);
    }
}
