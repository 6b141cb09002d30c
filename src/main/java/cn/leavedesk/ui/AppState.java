package cn.leavedesk.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What every screen may need to know about this session: the open database and the saved settings. */
public final class AppState {
    /** Whether this window may change the database. */
    public enum Access { READ_WRITE, READ_ONLY }

    private final Path database;
    private final Access access;
    private final ObjectProperty<ClerkSettings> settings;

    public AppState(Path database, ClerkSettings settings) {
        this(database, Access.READ_WRITE, settings);
    }

    public AppState(Path database, Access access, ClerkSettings settings) {
        this.database = Objects.requireNonNull(database, "database");
        this.access = Objects.requireNonNull(access, "access");
        this.settings = new SimpleObjectProperty<>(this, "settings", Objects.requireNonNull(settings, "settings"));
    }

    public Path database() {
        return database;
    }

    public Access access() {
        return access;
    }

    /** The settings in force (changed only by saving them). */
    public ObjectProperty<ClerkSettings> settingsProperty() {
        return settings;
    }

    public ClerkSettings settings() {
        return settings.get();
    }
}
