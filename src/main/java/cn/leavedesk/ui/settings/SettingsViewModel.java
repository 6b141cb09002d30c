package cn.leavedesk.ui.settings;

import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Rulebook;
import cn.leavedesk.ui.RulebookCatalog;
import cn.leavedesk.ui.SettingsStore;
import cn.leavedesk.ui.TaskExecutor;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    static final int OFFICE_NAME_LENGTH = 40;
    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final SettingsStore store;
    private final AppState state;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final ObservableList<Rulebook> rulebooks;
    private final StringProperty clerkName = new SimpleStringProperty(this, "clerkName", "");
    private final StringProperty officeName = new SimpleStringProperty(this, "officeName", "");
    private ObjectBinding<Optional<String>> officeNameProblem;
    private final ObjectProperty<Rulebook> rulebook = new SimpleObjectProperty<>(this, "rulebook");
    private final ObjectBinding<Optional<String>> clerkNameProblem;
    private final BooleanBinding changed;
    private final BooleanBinding canSave;

    public SettingsViewModel(SettingsStore store, RulebookCatalog catalog, AppState state, DialogService dialogs,
                             TaskExecutor tasks) {
        this.store = store;
        this.state = state;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.rulebooks = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(catalog.available()));
        clerkName.set(state.settings().clerkName());
        officeName.set(state.settings().officeName());
        rulebook.set(catalog.find(state.settings().rulebookId())
                .or(() -> rulebooks.stream().findFirst()).orElse(null));

        clerkNameProblem = Bindings.createObjectBinding(() -> problemWith(clerkName.get()), clerkName);
        officeNameProblem = Bindings.createObjectBinding(() -> officeProblem(officeName.get()), officeName);
        changed = Bindings.createBooleanBinding(() -> !edited().equals(state.settings()),
                clerkName, officeName, rulebook, state.settingsProperty());
        canSave = Bindings.createBooleanBinding(() -> clerkNameProblem.get().isEmpty()
                        && officeNameProblem.get().isEmpty() && rulebook.get() != null
                        && state.access() == AppState.Access.READ_WRITE,
                clerkNameProblem, officeNameProblem, rulebook).and(changed).and(saving.not());
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

    /** The office's name may stay empty in a file from before the first-run page; once given it is kept. */
    static Optional<String> officeProblem(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.codePointCount(0, stripped.length()) > OFFICE_NAME_LENGTH) {
            return Optional.of(I18n.tr("settings.officeName.tooLong", OFFICE_NAME_LENGTH));
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(I18n.tr("settings.officeName.invalid"));
        }
        return Optional.empty();
    }

    private ClerkSettings edited() {
        String id = Optional.ofNullable(rulebook.get()).map(Rulebook::id).orElse(state.settings().rulebookId());
        String office = Optional.ofNullable(officeName.get()).filter(s -> !s.isBlank())
                .orElse(state.settings().officeName());
        return new ClerkSettings(Optional.ofNullable(clerkName.get()).orElse(""), id, office);
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public ObjectBinding<Optional<String>> officeNameProblem() {
        return officeNameProblem;
    }

    /**
     * Saves the edits on the background executor and applies them once written; false (and nothing starts) when
     * they are invalid, unchanged or a save is already under way. A failure is shown and changes nothing.
     */
    public boolean save() {
        if (!canSave.get()) {
            return false;
        }
        ClerkSettings settings = edited();
        saving.set(true);
        tasks.execute(BackgroundTask.<ClerkSettings>of(progress -> {
            store.save(settings);
            return settings;
        }).onSuccess(saved -> {
            saving.set(false);
            state.settingsProperty().set(saved);
            clerkName.set(saved.clerkName());
            officeName.set(saved.officeName());
            dialogs.notify(I18n.tr("settings.saved"));
        }).onFailure(e -> {
            saving.set(false);
            LOG.warn("Could not save the settings", e);
            dialogs.showError(I18n.tr("settings.saveFailed.title"),
                    I18n.tr("settings.saveFailed.message", e.getMessage()));
        }));
        return true;
    }

    /** True while a save is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** Throws away the edits. */
    public void revert() {
        clerkName.set(state.settings().clerkName());
        officeName.set(state.settings().officeName());
        rulebooks.stream().filter(r -> r.id().equals(state.settings().rulebookId())).findFirst()
                .ifPresent(rulebook::set);
    }

    /**
     * What saving a different rulebook will change, in one paragraph naming both rulebooks; empty while the saved
     * one is selected.
     */
    public StringBinding rulebookChange() {
        return Bindings.createStringBinding(() -> {
            Rulebook chosen = rulebook.get();
            String saved = state.settings().rulebookId();
            if (chosen == null || chosen.id().equals(saved)) {
                return "";
            }
            String savedName = rulebooks.stream().filter(r -> r.id().equals(saved)).findFirst()
                    .map(Rulebook::displayName).orElse(saved);
            return I18n.tr("settings.rulebook.change", savedName, chosen.displayName());
        }, rulebook, state.settingsProperty());
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
