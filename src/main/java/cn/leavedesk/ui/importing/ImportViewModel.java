package cn.leavedesk.ui.importing;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.service.ImportPreview;
import cn.leavedesk.service.ImportPreviewService;
import cn.leavedesk.service.ImportProgress;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 导入: files picked or dropped are read into a preview (nothing written) listing what would be stored and every
 * problem with its file, row and column; the clerk fixes the files and checks again, then imports all or nothing.
 * Reading and storing run in the background with progress and can be cancelled; a cancelled import stores
 * nothing.
 */
public final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);
    private static final List<String> TABLES = List.of("*.csv", "*.xlsx");

    /** Where the screen is. */
    public enum Phase { EMPTY, READING, PREVIEW, STORING }

    /** One problem as the table shows it. */
    public record IssueRow(String file, String row, String column, String reason) {
    }

    private final ImportPreviewService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<Runnable> fxThread;
    private final Runnable imported;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Absence> absences = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EMPTY);
    private final ReadOnlyObjectWrapper<Optional<ImportPreview>> preview =
            new ReadOnlyObjectWrapper<>(this, "preview", Optional.empty());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /**
     * @param fxThread runs progress updates on the JavaFX thread ({@code Platform::runLater}; tests run them at once)
     * @param imported told after records were stored, so that the register and the roster show them
     */
    public ImportViewModel(ImportPreviewService service, TaskExecutor tasks, DialogService dialogs,
                           Consumer<Runnable> fxThread, Runnable imported) {
        this.service = service;
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
        List<Path> typed = new java.util.ArrayList<>();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"([^\"]+)\"|([^\"\\r\\n]+)")
                .matcher(text);
        while (quoted.find()) {
            String one = (quoted.group(1) != null ? quoted.group(1) : quoted.group(2)).strip();
            if (!one.isEmpty()) {
                try {
                    typed.add(Path.of(one));
                } catch (java.nio.file.InvalidPathException e) {
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

    /** Reads the files again (after the clerk fixed one). */
    public void check() {
        if (isWorking()) {
            return;
        }
        if (files.isEmpty()) {
            clearPreview();
            return;
        }
        List<Path> reading = List.copyOf(files);
        start(Phase.READING);
        tasks.execute(BackgroundTask.of(p -> service.preview(reading, progress(p)))
                .onSuccess(this::show)
                .onFailure(e -> {
                    if (e instanceof CancellationException) {
                        clearPreview();
                        summary.set(I18n.tr("import.cancelled.reading"));
                        return;
                    }
                    clearPreview();
                    failed(e);
                }));
    }

    /** Stores everything previewed, all or nothing. */
    public boolean importAll() {
        Optional<ImportPreview> shown = preview.get();
        if (phase.get() != Phase.PREVIEW || shown.isEmpty() || !shown.get().canStore()) {
            return false;
        }
        start(Phase.STORING);
        tasks.execute(BackgroundTask.of(p -> service.store(shown.get(), progress(p)))
                .onSuccess(stored -> {
                    dialogs.notify(I18n.tr("import.done", stored.people(), stored.absences()));
                    files.clear();
                    clearPreview();
                    summary.set(I18n.tr("import.summary.done", stored.people(), stored.absences()));
                    imported.run();
                })
                .onFailure(e -> {
                    phase.set(Phase.PREVIEW);
                    progress.set(-1);
                    if (e instanceof CancellationException) {
                        summary.set(I18n.tr("import.cancelled.storing"));
                        return;
                    }
                    failed(e);
                }));
        return true;
    }

    /** Stops the reading or storing under way; nothing is stored. */
    public void cancel() {
        if (isWorking()) {
            cancelRequested.set(true);
        }
    }

    private void start(Phase next) {
        cancelRequested.set(false);
        progress.set(-1);
        phase.set(next);
        summary.set(I18n.tr(next == Phase.READING ? "import.summary.reading" : "import.summary.storing"));
    }

    private ImportProgress progress(BackgroundTask.Progress task) {
        return new ImportProgress() {
            @Override
            public void update(long done, long total) {
                task.update(done, total);
                double fraction = total <= 0 ? -1 : (double) done / total;
                fxThread.accept(() -> progress.set(fraction));
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || task.isCancelled();
            }
        };
    }

    private void show(ImportPreview read) {
        preview.set(Optional.of(read));
        people.setAll(read.people());
        absences.setAll(read.absences());
        // file by file as they were given, each from its top row down, as the clerk will walk through the file
        List<String> order = read.files().stream().map(ImportPreview.FileSummary::fileName).toList();
        issues.setAll(read.issues().stream()
                .sorted(java.util.Comparator.comparingInt((ImportPreview.Issue i) -> order.indexOf(i.file()))
                        .thenComparingInt(ImportPreview.Issue::row))
                .map(ImportViewModel::row).toList());
        progress.set(-1);
        phase.set(Phase.PREVIEW);
        summary.set(read.issues().isEmpty()
                ? I18n.tr("import.summary.ready", read.people().size(), read.absences().size())
                : I18n.tr("import.summary.problems", read.issues().size(), read.people().size(),
                read.absences().size()));
    }

    static IssueRow row(ImportPreview.Issue issue) {
        String reason = issue.rowError().map(e -> e.reason())
                .orElseGet(() -> issue.code().map(code -> switch (code) {
                    case FILE_MISSING -> I18n.tr("import.issue.fileMissing");
                    case UNKNOWN_TABLE -> I18n.tr("import.issue.unknownTable");
                    case PERSON_ALREADY_STORED -> I18n.tr("import.issue.personStored", issue.args().get(0));
                    case ABSENCE_ALREADY_STORED -> I18n.tr("import.issue.absenceStored", issue.args().get(0));
                    case ID_IN_TWO_FILES -> I18n.tr("import.issue.idInTwoFiles", issue.args().get(0),
                            issue.args().get(1));
                }).orElse(""));
        String row = issue.row() == 0 ? I18n.tr("import.issue.wholeFile") : Integer.toString(issue.row());
        return new IssueRow(issue.file(), row, issue.column(), reason);
    }

    private void clearPreview() {
        preview.set(Optional.empty());
        people.clear();
        absences.clear();
        issues.clear();
        progress.set(-1);
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

    public ObservableList<Person> people() {
        return people;
    }

    public ObservableList<Absence> absences() {
        return absences;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the preview has something to store and no problem. */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> phase.get() == Phase.PREVIEW
                && preview.get().filter(ImportPreview::canStore).isPresent(), phase, preview);
    }

    public BooleanBinding working() {
        return Bindings.createBooleanBinding(this::isWorking, phase);
    }
}
