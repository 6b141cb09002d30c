package cn.leavedesk.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What every screen may need to know about this session: the open database and the saved settings. */
public final class AppState {
    private final Path database;
    private final ObjectProperty<ClerkSettings> settings;

    public AppState(Path database, ClerkSettings settings) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = new SimpleObjectProperty<>(this, "settings", Objects.requireNonNull(settings, "settings"));
    }

    public Path database() {
        return database;
    }

    /** The settings in force (changed only by saving them). */
    public ObjectProperty<ClerkSettings> settingsProperty() {
        return settings;
    }

    public ClerkSettings settings() {
        return settings.get();
    }
}
