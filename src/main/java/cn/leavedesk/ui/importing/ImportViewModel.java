package cn.leavedesk.ui.importing;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.importing.ImportCancelledException;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.MissingFact;
import cn.leavedesk.domain.importing.ParsedRow;
import cn.leavedesk.domain.importing.RequiredFact;
import cn.leavedesk.domain.importing.SuppliedFacts;
import cn.leavedesk.service.ImportIssue;
import cn.leavedesk.service.ImportPreview;
import cn.leavedesk.service.ImportResult;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 导入: files picked, dropped or pasted are read into a preview (nothing written) listing what would be stored and
 * every problem with its file, row and column. Where a file leaves out a required fact (the kind or scope of an
 * absence), the clerk supplies it for the whole column or row by row instead of the file being refused. The clerk
 * fixes what remains and checks again, then imports all or nothing. Reading runs in the background with progress
 * and a cancel; a cancelled import stores nothing.
 */
public final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);
    private static final List<String> TABLES = List.of("*.csv", "*.xlsx");
    /** A quoted path (Explorer's "copy as path"), or a run of text up to a quote or a line break. */
    private static final Pattern PATHS = Pattern.compile("\"([^\"]+)\"|([^\"\\r\\n]+)");

    /** How the screen reaches the import: {@link cn.leavedesk.service.ImportService} as the clerk's actor. */
    public interface Source {
        ImportPreview preview(List<Path> files, SuppliedFacts facts, ImportMonitor monitor);

        ImportResult importAll(List<Path> files, SuppliedFacts facts, ImportMonitor monitor);
    }

    /** Where the screen is. */
    public enum Phase { EMPTY, READING, PREVIEW, STORING }

    /** One problem as the table shows it. */
    public record IssueRow(String file, String row, String column, String reason) {
    }

    /** A record as the preview tables show it: where it comes from and whether its id was made up. */
    public record Previewed<T>(String file, int row, T value, boolean generatedId) {
    }

    /**
     * A fact a file leaves out, with what the clerk chose for the whole column and, for blank cells, for each row.
     * Values are {@link Kind} or {@link Scope} depending on {@link #fact()}.
     */
    public static final class Question {
        private final MissingFact missing;
        private final ObjectProperty<Enum<?>> forColumn = new SimpleObjectProperty<>(this, "forColumn");
        private final List<ObjectProperty<Enum<?>>> forRows = new ArrayList<>();

        Question(MissingFact missing) {
            this.missing = missing;
            if (missing.extent() == MissingFact.Extent.BLANK_CELLS) {
                missing.rows().forEach(r -> forRows.add(new SimpleObjectProperty<>(this, "row" + r)));
            }
        }

        public MissingFact missing() {
            return missing;
        }

        public RequiredFact fact() {
            return missing.fact();
        }

        /** The choices: the kinds or the scopes. */
        public List<Enum<?>> choices() {
            return List.of(fact() == RequiredFact.KIND ? Kind.values() : Scope.values());
        }

        public ObjectProperty<Enum<?>> forColumnProperty() {
            return forColumn;
        }

        /** One per row of {@link MissingFact#rows()} when only some cells are blank; empty for a missing column. */
        public List<ObjectProperty<Enum<?>>> forRows() {
            return forRows;
        }

        SuppliedFacts applyTo(SuppliedFacts facts) {
            SuppliedFacts result = facts;
            if (forColumn.get() != null) {
                result = with(result, 0, forColumn.get());
            }
            for (int i = 0; i < forRows.size(); i++) {
                if (forRows.get(i).get() != null) {
                    result = with(result, missing.rows().get(i), forRows.get(i).get());
                }
            }
            return result;
        }

        private SuppliedFacts with(SuppliedFacts facts, int row, Enum<?> value) {
            return switch (fact()) {
                case KIND -> row == 0 ? facts.withKind(missing.file(), (Kind) value)
                        : facts.withKind(missing.file(), row, (Kind) value);
                case SCOPE -> row == 0 ? facts.withScope(missing.file(), (Scope) value)
                        : facts.withScope(missing.file(), row, (Scope) value);
            };
        }
    }

    private final Source source;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<Runnable> fxThread;
    private final Runnable imported;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Previewed<Person>> people = FXCollections.observableArrayList();
    private final ObservableList<Previewed<Absence>> absences = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EMPTY);
    private final ReadOnlyObjectWrapper<Optional<ImportPreview>> preview =
            new ReadOnlyObjectWrapper<>(this, "preview", Optional.empty());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private SuppliedFacts facts = SuppliedFacts.none();

    /**
     * @param fxThread runs progress updates on the JavaFX thread ({@code Platform::runLater}; tests run them at once)
     * @param imported told after records were stored, so that the register and the roster show them
     */
    public ImportViewModel(Source source, TaskExecutor tasks, DialogService dialogs, Consumer<Runnable> fxThread,
                           Runnable imported) {
        this.source = source;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.imported = imported;
        summary.set(I18n.tr("import.summary.empty"));
    }

    /** Asks for files and reads them. */
    public void chooseFiles() {
        List<Path> chosen = dialogs.chooseFilesToOpen(DialogService.FileChoice.of(I18n.tr("import.choose.title"),
                new DialogService.FileFilter(I18n.tr("import.choose.filter"), TABLES)));
        if (!chosen.isEmpty()) {
            addFiles(chosen);
        }
    }

    /** Whether a dropped file is one this screen reads. */
    public static boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    /** Adds files (picked or dropped) and checks them all again. */
    public void addFiles(List<Path> added) {
        if (isWorking()) {
            return;
        }
        added.stream().filter(ImportViewModel::accepts).filter(f -> !files.contains(f)).forEach(files::add);
        check();
    }

    /**
     * Paths pasted or typed into the path box (Explorer's "copy as path" puts them in quotes); several are separated
     * by line breaks or by quotes.
     */
    public void addTyped(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<Path> typed = new ArrayList<>();
        Matcher m = PATHS.matcher(text);
        while (m.find()) {
            String one = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (!one.isEmpty()) {
                try {
                    typed.add(Path.of(one));
                } catch (InvalidPathException e) {
                    LOG.debug("Not a path: {}", one);
                }
            }
        }
        addFiles(typed);
    }

    public void removeFile(Path file) {
        if (isWorking()) {
            return;
        }
        files.remove(file);
        check();
    }

    /** Takes the answers to the questions and reads the files again with them. */
    public void applyAnswers() {
        SuppliedFacts answered = facts;
        for (Question question : questions) {
            answered = question.applyTo(answered);
        }
        facts = answered;
        check();
    }

    /** Reads the files again (after the clerk fixed one, or answered a question). */
    public void check() {
        if (isWorking()) {
            return;
        }
        if (files.isEmpty()) {
            facts = SuppliedFacts.none();
            clearPreview();
            return;
        }
        List<Path> reading = List.copyOf(files);
        SuppliedFacts given = facts;
        start(Phase.READING);
        tasks.execute(BackgroundTask.of(p -> source.preview(reading, given, monitor(p)))
                .onSuccess(this::show)
                .onFailure(e -> {
                    clearPreview();
                    if (e instanceof ImportCancelledException) {
                        summary.set(I18n.tr("import.cancelled.reading"));
                        return;
                    }
                    failed(e);
                }));
    }

    /** Stores everything previewed, all or nothing; the files are read again with the same answers. */
    public boolean importAll() {
        Optional<ImportPreview> shown = preview.get();
        if (phase.get() != Phase.PREVIEW || shown.isEmpty() || !canStore(shown.get())) {
            return false;
        }
        List<Path> reading = List.copyOf(files);
        SuppliedFacts given = facts;
        start(Phase.STORING);
        tasks.execute(BackgroundTask.of(p -> source.importAll(reading, given, monitor(p)))
                .onSuccess(result -> {
                    if (!result.stored()) {
                        // a file changed, or someone stored the same ids, since the preview
                        show(new ImportPreview(List.of(), List.of(), result.errors(), List.of()));
                        return;
                    }
                    dialogs.notify(I18n.tr("import.done", result.people(), result.absences()));
                    files.clear();
                    facts = SuppliedFacts.none();
                    clearPreview();
                    summary.set(I18n.tr("import.summary.done", result.people(), result.absences()));
                    imported.run();
                })
                .onFailure(e -> {
                    phase.set(Phase.PREVIEW);
                    progress.set(-1);
                    progressText.set("");
                    if (e instanceof ImportCancelledException) {
                        summary.set(I18n.tr("import.cancelled.storing"));
                        return;
                    }
                    failed(e);
                }));
        return true;
    }

    /** Stops the reading or importing under way; nothing is stored. */
    public void cancel() {
        if (isWorking()) {
            cancelRequested.set(true);
        }
    }

    private static boolean canStore(ImportPreview preview) {
        return preview.importable() && (!preview.people().isEmpty() || !preview.absences().isEmpty());
    }

    private void start(Phase next) {
        cancelRequested.set(false);
        progress.set(-1);
        progressText.set("");
        phase.set(next);
        summary.set(I18n.tr(next == Phase.READING ? "import.summary.reading" : "import.summary.storing"));
    }

    /** Rows read so far, per file, as the reader reports them; the size of a file in rows is not known ahead. */
    private ImportMonitor monitor(BackgroundTask.Progress task) {
        return new ImportMonitor() {
            @Override
            public void rowsRead(String file, int rows) {
                fxThread.accept(() -> progressText.set(I18n.tr("import.progress.rows", file, rows)));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get() || task.isCancelled();
            }
        };
    }

    private void show(ImportPreview read) {
        preview.set(Optional.of(read));
        people.setAll(read.people().stream().map(ImportViewModel::previewed).toList());
        absences.setAll(read.absences().stream().map(ImportViewModel::previewed).toList());
        // file by file as they were given, each from its top row down, as the clerk will walk through the file
        List<String> order = files.stream().map(p -> p.getFileName().toString()).toList();
        issues.setAll(read.issues(I18n.current().locale()).stream()
                .sorted(Comparator.comparingInt((ImportIssue e) -> order.indexOf(e.file()))
                        .thenComparingInt(ImportIssue::row))
                .map(ImportViewModel::row).toList());
        questions.setAll(read.missingFacts().stream().map(Question::new).toList());
        progress.set(-1);
        progressText.set("");
        phase.set(Phase.PREVIEW);
        int people = read.people().size();
        int absences = read.absences().size();
        if (read.errors().isEmpty()) {
            summary.set(I18n.tr("import.summary.ready", people, absences));
        } else if (!read.missingFacts().isEmpty()) {
            summary.set(I18n.tr("import.summary.questions", read.missingFacts().size(), read.errors().size(), people,
                    absences));
        } else {
            summary.set(I18n.tr("import.summary.problems", read.errors().size(), people, absences));
        }
    }

    private static <T> Previewed<T> previewed(ParsedRow<T> row) {
        return new Previewed<>(row.file(), row.row(), row.value(), row.id() == ParsedRow.IdSource.GENERATED);
    }

    static IssueRow row(ImportIssue issue) {
        String row = issue.isWholeFile() ? I18n.tr("import.issue.wholeFile") : Integer.toString(issue.row());
        return new IssueRow(issue.file(), row, issue.column(), issue.reason());
    }

    private void clearPreview() {
        preview.set(Optional.empty());
        people.clear();
        absences.clear();
        issues.clear();
        questions.clear();
        progress.set(-1);
        progressText.set("");
        phase.set(Phase.EMPTY);
        summary.set(I18n.tr("import.summary.empty"));
    }

    private void failed(Exception e) {
        LOG.warn("Import failed", e);
        dialogs.showError(I18n.tr("import.failed.title"), StoreMessages.forClerk(e)
                .map(reason -> I18n.tr("import.failed.because", reason))
                .orElseGet(() -> I18n.tr("import.failed.message", String.valueOf(e.getMessage()))));
    }

    private boolean isWorking() {
        return phase.get() == Phase.READING || phase.get() == Phase.STORING;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<Previewed<Person>> people() {
        return people;
    }

    public ObservableList<Previewed<Absence>> absences() {
        return absences;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    /** What the files leave out and the clerk may supply. */
    public ObservableList<Question> questions() {
        return questions;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How far reading has come (file and rows), while it runs. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the preview has something to store and no problem. */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> phase.get() == Phase.PREVIEW
                && preview.get().filter(ImportViewModel::canStore).isPresent(), phase, preview);
    }

    public BooleanBinding working() {
        return Bindings.createBooleanBinding(this::isWorking, phase);
    }
}
