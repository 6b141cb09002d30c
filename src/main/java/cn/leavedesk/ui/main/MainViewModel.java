package cn.leavedesk.ui.main;

import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.RulebookCatalog;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The window around the screens: which screen is open and what the status bar says. */
public final class MainViewModel {
    private final AppState state;
    private final DialogService dialogs;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.REGISTER);
    /** The absence whose page covers the screen, if one is open. */
    private final ObjectProperty<Optional<String>> absence = new SimpleObjectProperty<>(this, "absence",
            Optional.empty());
    private final IntegerProperty todoCount = new SimpleIntegerProperty(this, "todoCount");
    private boolean navigated;
    private final StringBinding rulebookText;
    private final StringBinding clerkText;

    public MainViewModel(AppState state, RulebookCatalog rulebooks, DialogService dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        this.rulebookText = Bindings.createStringBinding(() -> {
            String id = state.settings().rulebookId();
            String name = rulebooks.find(id).map(r -> r.displayName()).orElse(id);
            return I18n.tr("status.rulebook", name);
        }, state.settingsProperty());
        screen.addListener(o -> navigated = true);
        absence.addListener(o -> navigated = true);
        this.clerkText = Bindings.createStringBinding(() -> {
            ClerkSettings settings = state.settings();
            return settings.clerkName().isEmpty()
                    ? I18n.tr("status.clerk.unset")
                    : I18n.tr("status.clerk", settings.clerkName());
        }, state.settingsProperty());
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public String windowTitle() {
        return I18n.tr("app.title");
    }

    public String databaseText() {
        return state.access() == AppState.Access.READ_ONLY
                ? I18n.tr("status.database.readOnly", state.database())
                : I18n.tr("status.database", state.database());
    }

    public StringBinding rulebookText() {
        return rulebookText;
    }

    public StringBinding clerkText() {
        return clerkText;
    }

    /**
     * Opens the screen unless the clerk has already moved on since the window opened: a list that arrives a
     * moment after start must not pull the clerk away from what they chose.
     */
    public void openAtStart(Screen wanted) {
        if (!navigated) {
            screen.set(wanted);
        }
    }

    /** Shows the absence's page over the current screen. */
    public void openAbsence(String id) {
        absence.set(Optional.of(id));
    }

    /** Back from an absence page to the screen it was opened from. */
    public void closeAbsence() {
        absence.set(Optional.empty());
    }

    public ObjectProperty<Optional<String>> absenceProperty() {
        return absence;
    }

    /** How many to-do items are due or overdue; the navigation entry shows it. */
    public IntegerProperty todoCountProperty() {
        return todoCount;
    }

    public void showAbout() {
        dialogs.showInformation(I18n.tr("about.title"), I18n.tr("about.message"));
    }
}
