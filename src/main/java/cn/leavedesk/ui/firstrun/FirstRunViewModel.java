package cn.leavedesk.ui.firstrun;

import cn.leavedesk.service.SettingsService;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DemoData;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Rulebook;
import cn.leavedesk.ui.RulebookCatalog;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start on an empty database: the city's rulebook, the office's and the clerk's names, and how to begin
 * — with the demo office, with an import of the office's own tables, or empty. The answers are stored in the
 * database (which lives in the data folder) before the main window opens.
 */
public final class FirstRunViewModel {
    static final int MAX_NAME = 40;
    private static final Logger LOG = LoggerFactory.getLogger(FirstRunViewModel.class);

    /** How the office begins. */
    public enum Start { IMPORT, DEMO, EMPTY }

    /** The form's fields. */
    public enum Field { RULEBOOK, OFFICE, CLERK }

    private final SettingsService settings;
    private final DemoData demo;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Path database;
    private final Consumer<Start> done;

    private final ObservableList<Rulebook> rulebooks;
    private final ObjectProperty<Rulebook> rulebook = new SimpleObjectProperty<>(this, "rulebook");
    private final StringProperty officeName = new SimpleStringProperty(this, "officeName", "");
    private final StringProperty clerkName = new SimpleStringProperty(this, "clerkName", "");
    private final ObjectProperty<Start> start = new SimpleObjectProperty<>(this, "start", Start.IMPORT);
    private final ObservableSet<Field> touched = FXCollections.observableSet(EnumSet.noneOf(Field.class));
    private final ObservableMap<Field, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    /** @param done told, on the JavaFX thread, once the answers are stored (and the demo loaded if chosen) */
    public FirstRunViewModel(SettingsService settings, RulebookCatalog catalog, DemoData demo, TaskExecutor tasks,
                             DialogService dialogs, Path database, Consumer<Start> done) {
        this.settings = settings;
        this.demo = demo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.database = database;
        this.done = done;
        this.rulebooks = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(
                catalog.available()));
        rulebook.addListener((obs, old, now) -> touch(Field.RULEBOOK));
        officeName.addListener((obs, old, now) -> touch(Field.OFFICE));
        clerkName.addListener((obs, old, now) -> touch(Field.CLERK));
    }

    private void touch(Field field) {
        touched.add(field);
        validate();
    }

    private boolean validate() {
        Map<Field, Optional<String>> found = Map.of(
                Field.RULEBOOK, rulebook.get() == null
                        ? Optional.of(I18n.tr("firstRun.problem.rulebook")) : Optional.empty(),
                Field.OFFICE, nameProblem(officeName.get(), "firstRun.office"),
                Field.CLERK, nameProblem(clerkName.get(), "firstRun.clerk"));
        problems.clear();
        found.forEach((field, problem) -> problem.filter(p -> touched.contains(field))
                .ifPresent(p -> problems.put(field, p)));
        return found.values().stream().allMatch(Optional::isEmpty);
    }

    private static Optional<String> nameProblem(String value, String fieldKey) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            return Optional.of(I18n.tr("firstRun.problem.required", I18n.tr(fieldKey)));
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            return Optional.of(I18n.tr("firstRun.problem.tooLong", I18n.tr(fieldKey), MAX_NAME));
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(I18n.tr("firstRun.problem.invalid", I18n.tr(fieldKey)));
        }
        return Optional.empty();
    }

    /** Stores the answers and begins as chosen; false when a field still has a problem. */
    public boolean finish() {
        if (working.get()) {
            return false;
        }
        touched.addAll(EnumSet.allOf(Field.class));
        if (!validate()) {
            return false;
        }
        SettingsService.FirstRun answers = new SettingsService.FirstRun(officeName.get(), clerkName.get(),
                rulebook.get().id());
        Start chosen = start.get();
        working.set(true);
        tasks.execute(BackgroundTask.of(progress -> {
            settings.completeFirstRun(answers);
            return chosen == Start.DEMO ? Optional.of(demo.load()) : Optional.<DemoData.Outcome>empty();
        }).onSuccess(outcome -> {
            working.set(false);
            outcome.filter(DemoData.Loaded.class::isInstance).map(DemoData.Loaded.class::cast)
                    .ifPresent(loaded -> dialogs.notify(I18n.tr("demo.loaded", loaded.people(), loaded.absences())));
            done.accept(chosen);
        }).onFailure(e -> {
            working.set(false);
            LOG.error("First run could not be stored", e);
            dialogs.showError(I18n.tr("firstRun.failed.title"), StoreMessages.forClerk(e)
                    .orElseGet(() -> I18n.tr("firstRun.failed.message", String.valueOf(e.getMessage()))));
        }));
        return true;
    }

    public ObservableList<Rulebook> rulebooks() {
        return rulebooks;
    }

    public ObjectProperty<Rulebook> rulebookProperty() {
        return rulebook;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public StringProperty clerkNameProperty() {
        return clerkName;
    }

    public ObjectProperty<Start> startProperty() {
        return start;
    }

    public StringBinding problem(Field field) {
        return Bindings.createStringBinding(() -> problems.getOrDefault(field, ""), problems);
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Where the database is kept (the data folder, or the file named with --db). */
    public Path database() {
        return database;
    }
}
