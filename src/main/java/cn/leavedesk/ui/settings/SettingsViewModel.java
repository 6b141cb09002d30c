package cn.leavedesk.ui.settings;

import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Rulebook;
import cn.leavedesk.ui.RulebookCatalog;
import cn.leavedesk.ui.SettingsStore;
import java.io.IOException;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The clerk's name and the rulebook in use; edits take effect when saved. */
public final class SettingsViewModel {
    static final int MAX_NAME_LENGTH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final SettingsStore store;
    private final AppState state;
    private final DialogService dialogs;
    private final ObservableList<Rulebook> rulebooks;
    private final StringProperty clerkName = new SimpleStringProperty(this, "clerkName", "");
    private final ObjectProperty<Rulebook> rulebook = new SimpleObjectProperty<>(this, "rulebook");
    private final ObjectBinding<Optional<String>> clerkNameProblem;
    private final BooleanBinding changed;
    private final BooleanBinding canSave;

    public SettingsViewModel(SettingsStore store, RulebookCatalog catalog, AppState state, DialogService dialogs) {
        this.store = store;
        this.state = state;
        this.dialogs = dialogs;
        this.rulebooks = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(catalog.available()));
        clerkName.set(state.settings().clerkName());
        rulebook.set(catalog.find(state.settings().rulebookId())
                .or(() -> rulebooks.stream().findFirst()).orElse(null));

        clerkNameProblem = Bindings.createObjectBinding(() -> problemWith(clerkName.get()), clerkName);
        changed = Bindings.createBooleanBinding(() -> !edited().equals(state.settings()),
                clerkName, rulebook, state.settingsProperty());
        canSave = Bindings.createBooleanBinding(() -> clerkNameProblem.get().isEmpty() && rulebook.get() != null,
                clerkNameProblem, rulebook).and(changed);
    }

    /** Why {@code candidate} would not do as the clerk's name, if it would not. */
    public Optional<String> problemWithName(String candidate) {
        return problemWith(candidate);
    }

    static Optional<String> problemWith(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            return Optional.of(I18n.tr("settings.clerkName.required"));
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
            return Optional.of(I18n.tr("settings.clerkName.tooLong", MAX_NAME_LENGTH));
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(I18n.tr("settings.clerkName.invalid"));
        }
        return Optional.empty();
    }

    private ClerkSettings edited() {
        String id = Optional.ofNullable(rulebook.get()).map(Rulebook::id).orElse(state.settings().rulebookId());
        return new ClerkSettings(Optional.ofNullable(clerkName.get()).orElse(""), id);
    }

    /** Saves and applies the edits; false (and nothing changes) if they are invalid or cannot be written. */
    public boolean save() {
        if (!canSave.get()) {
            return false;
        }
        ClerkSettings settings = edited();
        try {
            store.save(settings);
        } catch (IOException e) {
            LOG.warn("Could not save the settings", e);
            dialogs.showError(I18n.tr("settings.saveFailed.title"), I18n.tr("settings.saveFailed.message", e.getMessage()));
            return false;
        }
        state.settingsProperty().set(settings);
        clerkName.set(settings.clerkName());
        dialogs.notify(I18n.tr("settings.saved"));
        return true;
    }

    /** Throws away the edits. */
    public void revert() {
        clerkName.set(state.settings().clerkName());
        rulebooks.stream().filter(r -> r.id().equals(state.settings().rulebookId())).findFirst()
                .ifPresent(rulebook::set);
    }

    public StringProperty clerkNameProperty() {
        return clerkName;
    }

    public ObjectProperty<Rulebook> rulebookProperty() {
        return rulebook;
    }

    public ObservableList<Rulebook> rulebooks() {
        return rulebooks;
    }

    /** Why the name cannot be saved, if it cannot. */
    public ObjectBinding<Optional<String>> clerkNameProblem() {
        return clerkNameProblem;
    }

    public BooleanBinding changedBinding() {
        return changed;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
