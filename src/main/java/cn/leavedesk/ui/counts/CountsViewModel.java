package cn.leavedesk.ui.counts;

import cn.leavedesk.service.QuotaUse;
import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.DialogService.FileChoice;
import cn.leavedesk.ui.DialogService.FileFilter;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The annual counts of one year: every person on the roster, narrowed by role group, exportable. */
public final class CountsViewModel {
    /** The first year with an official holiday schedule; earlier years are not offered. */
    static final int FIRST_YEAR = 2016;

    /** The figures of a year; the services in the client, fakes in tests. */
    public interface Source {
        AnnualReport annual(int year);

        /** Quota use by person id, for those in a quota group. */
        Map<String, QuotaUse> quotas(int year);
    }

    /** Writes the year's counts to a .csv or .xlsx file. */
    @FunctionalInterface
    public interface Exporter {
        void export(Year year, Path target) throws IOException;
    }

    /** What the role-group filter offers. */
    public enum Filter {
        ALL, CITY_LEADERS, DEPARTMENTS_AND_DISTRICTS;

        public String label() {
            return I18n.tr(switch (this) {
                case ALL -> "counts.filter.all";
                case CITY_LEADERS -> "counts.filter.cityLeaders";
                case DEPARTMENTS_AND_DISTRICTS -> "counts.filter.departments";
            });
        }

        Predicate<CountsRow> predicate() {
            return switch (this) {
                case ALL -> row -> true;
                case CITY_LEADERS -> row -> row.group() == CountsRow.RoleGroup.CITY_LEADERS;
                case DEPARTMENTS_AND_DISTRICTS -> row -> row.group() == CountsRow.RoleGroup.DEPARTMENTS_AND_DISTRICTS;
            };
        }
    }

    private final Source source;
    private final Exporter exporter;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final List<Integer> years;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final ObservableList<CountsRow> all = FXCollections.observableArrayList();
    private final FilteredList<CountsRow> rows = new FilteredList<>(all);
    private final StringBinding summary;
    private long generation;

    public CountsViewModel(Source source, Exporter exporter, DialogService dialogs, TaskExecutor tasks, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        int current = LocalDate.now(clock).getYear();
        // Next year too: trips are recorded ahead, and a December clerk plans January.
        this.years = IntStream.rangeClosed(FIRST_YEAR, current + 1).boxed().sorted((a, b) -> b - a).toList();
        year.set(current);
        rows.predicateProperty().bind(Bindings.createObjectBinding(() -> filter.get().predicate(), filter));
        summary = Bindings.createStringBinding(() -> I18n.tr("counts.summary", rows.size(), year.get()), rows, year);
        year.addListener((o, was, now) -> refresh());
    }

    /** Reads the chosen year again, off the JavaFX thread. */
    public void refresh() {
        long mine = ++generation;
        int chosen = year.get();
        tasks.execute(BackgroundTask.of(progress -> rowsOf(source.annual(chosen), source.quotas(chosen)))
                .onSuccess(result -> {
                    if (mine == generation) {
                        all.setAll(result);
                    }
                }));
    }

    private static List<CountsRow> rowsOf(AnnualReport report, Map<String, QuotaUse> quotas) {
        return report.people().stream().map(line -> new CountsRow(line, Optional.ofNullable(quotas.get(line.id()))))
                .toList();
    }

    /** Asks where to write the year's counts, then writes them in the background and says where they went. */
    public void export() {
        int chosen = year.get();
        FileChoice choice = new FileChoice(I18n.tr("counts.export.title"), List.of(
                new FileFilter(I18n.tr("counts.export.xlsx"), List.of("*.xlsx")),
                new FileFilter(I18n.tr("counts.export.csv"), List.of("*.csv"))),
                Optional.empty(), Optional.of(I18n.tr("counts.export.fileName", String.valueOf(chosen))));
        dialogs.chooseFileToSave(choice).map(CountsViewModel::withEnding).ifPresent(target -> tasks.execute(
                BackgroundTask.of(progress -> {
                    exporter.export(Year.of(chosen), target);
                    return target;
                })
                .onSuccess(file -> dialogs.notify(I18n.tr("counts.exported", file.getFileName())))
                .onFailure(e -> dialogs.showError(I18n.tr("counts.export.failed.title"),
                        I18n.tr("counts.export.failed", target, String.valueOf(e.getMessage()))))));
    }

    /** A name typed without .csv or .xlsx becomes a workbook, which is what most offices open. */
    static Path withEnding(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") ? file
                : file.resolveSibling(file.getFileName() + ".xlsx");
    }

    /** How the quota column reads: "本年 0/1", "本任期 1/2，两年内 1/1", "按工作需要（本年 2 次）". */
    public static String quotaText(QuotaUse use) {
        if (use.isUncapped()) {
            return I18n.tr("counts.quota.asNeeded", use.thisYear());
        }
        List<String> parts = new java.util.ArrayList<>();
        use.quota().perYear().ifPresent(max -> parts.add(I18n.tr("counts.quota.year", use.thisYear(), max)));
        use.quota().perTerm().ifPresent(max -> parts.add(use.thisTerm()
                .map(n -> I18n.tr("counts.quota.term", n, max))
                .orElseGet(() -> I18n.tr("counts.quota.termUnknown", max))));
        use.quota().perTwoYears().ifPresent(max -> parts.add(I18n.tr("counts.quota.twoYears", use.inTwoYears(), max)));
        return String.join(I18n.tr("counts.quota.separator"), parts);
    }

    public List<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** The rows to show, already filtered; the view sorts them. */
    public FilteredList<CountsRow> rows() {
        return rows;
    }

    public StringBinding summary() {
        return summary;
    }
}
