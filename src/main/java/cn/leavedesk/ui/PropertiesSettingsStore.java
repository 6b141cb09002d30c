package cn.leavedesk.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings in a small UTF-8 properties file in the LeaveDesk folder. */
public final class PropertiesSettingsStore implements SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesSettingsStore.class);
    private static final String CLERK = "clerk.name";
    private static final String RULEBOOK = "rulebook";

    private final Path file;

    public PropertiesSettingsStore(Path file) {
        this.file = file;
    }

    @Override
    public ClerkSettings load() {
        if (!Files.isRegularFile(file)) {
            return ClerkSettings.defaults();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings file {} is unreadable; using defaults", file, e);
            return ClerkSettings.defaults();
        }
        ClerkSettings defaults = ClerkSettings.defaults();
        return new ClerkSettings(properties.getProperty(CLERK, defaults.clerkName()),
                properties.getProperty(RULEBOOK, defaults.rulebookId()));
    }

    @Override
    public void save(ClerkSettings settings) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(CLERK, settings.clerkName());
        properties.setProperty(RULEBOOK, settings.rulebookId());
        Files.createDirectories(file.toAbsolutePath().getParent());
        // Write beside the file and move over it, so a crash never leaves half a settings file.
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(out, "LeaveDesk");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
