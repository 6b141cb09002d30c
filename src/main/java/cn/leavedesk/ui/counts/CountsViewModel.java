package cn.leavedesk.ui.counts;

import cn.leavedesk.service.DisplayText;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.service.AnnualReview;
import cn.leavedesk.service.AnnualReviewService;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.QuotaUse;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService.FileChoice;
import cn.leavedesk.ui.DialogService.FileFilter;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The leaders' review of one year: every person on the roster, narrowed by role group, with the quota left under
 * each limit of the rulebook, a chart of days away by month and kind, and the absences behind any figure.
 */
public final class CountsViewModel {
    /** The first year with an official holiday schedule; earlier years are not offered. */
    static final int FIRST_YEAR = 2016;

    /** The figures of a year; the review service in the client. */
    public interface Source {
        AnnualReview review(int year);

        /** The absences behind a cell of a person's line. */
        List<Absence> behind(String personId, int year, AnnualReview.Cell cell);

        static Source of(AnnualReviewService service) {
            return new Source() {
                @Override
                public AnnualReview review(int year) {
                    return service.year(year);
                }

                @Override
                public List<Absence> behind(String personId, int year, AnnualReview.Cell cell) {
                    return service.behind(personId, year, cell);
                }
            };
        }
    }

    /** How a quota cell is marked: at its limit (the next trip breaks it), over it, or not limited at all. */

    /** The absences behind a cell, as the drill-down list shows them. */
    public record DrillDown(String title, List<Absence> absences) {
        public DrillDown {
            absences = List.copyOf(absences);
        }
    }

    /** Days away per kind and month (12 figures a kind) for the chart, and whose they are. */
    public record Chart(String title, Map<Kind, List<Integer>> days) {
        public Chart {
            days = Map.copyOf(days);
        }
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
    private final ReadOnlyObjectWrapper<Optional<AnnualReview>> review =
            new ReadOnlyObjectWrapper<>(this, "review", Optional.empty());
    private final ObjectProperty<CountsRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Chart> chart = new ReadOnlyObjectWrapper<>(this, "chart",
            new Chart("", Map.of()));
    private final ReadOnlyObjectWrapper<Optional<DrillDown>> drillDown =
            new ReadOnlyObjectWrapper<>(this, "drillDown", Optional.empty());
    private Consumer<Absence> onOpenAbsence;
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
        selected.addListener((o, was, now) -> updateChart());
        rows.addListener((javafx.collections.ListChangeListener<CountsRow>) c -> updateChart());
        // Until the absence page can be opened from here, an absence opens as its description.
        onOpenAbsence = absence -> dialogs.showInformation(I18n.tr("counts.drill.absence.title"), describe(absence));
    }

    /** Reads the chosen year again, off the JavaFX thread. */
    public void refresh() {
        long mine = ++generation;
        int chosen = year.get();
        tasks.execute(BackgroundTask.of(progress -> source.review(chosen)).onSuccess(result -> {
            if (mine == generation) {
                review.set(Optional.of(result));
                selected.set(null);
                all.setAll(result.people().stream().map(CountsRow::new).toList());
            }
        }));
    }

    /** Lists the absences behind a cell of the row, off the JavaFX thread; the view shows them when they arrive. */
    public void drill(CountsRow row, AnnualReview.Cell cell) {
        int chosen = year.get();
        String title = I18n.tr("counts.drill.title", row.line().displayName(), String.valueOf(chosen), cellName(cell));
        tasks.execute(BackgroundTask.of(progress -> source.behind(row.line().id(), chosen, cell))
                .onSuccess(absences -> drillDown.set(Optional.of(new DrillDown(title, absences)))));
    }

    /** Opens one absence of a drill-down list. */
    public void openAbsence(Absence absence) {
        onOpenAbsence.accept(absence);
    }

    /** What opening an absence does; the absence page, once the client has one. */
    public void setOnOpenAbsence(Consumer<Absence> action) {
        onOpenAbsence = Objects.requireNonNull(action, "action");
    }

    static String cellName(AnnualReview.Cell cell) {
        if (cell instanceof AnnualReview.Cell.OfKind kind) {
            return DomainLabels.kind(kind.kind());
        }
        if (cell instanceof AnnualReview.Cell.Quota quota) {
            return periodName(quota.period());
        }
        return I18n.tr(cell instanceof AnnualReview.Cell.TripsAbroad ? "counts.column.tripsAbroad"
                : "counts.column.daysAway");
    }

    static String periodName(QuotaPeriod period) {
        return DisplayText.of(I18n.current().locale()).periodName(period);
    }

    /** One line of a drill-down list: days, kind, destination and whether it is over. */
    public static String describe(Absence absence) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        return I18n.tr("counts.drill.line", iso.format(absence.depart()), iso.format(absence.returnDate()),
                DomainLabels.kind(absence.kind()), absence.destination().orElse(""), absence.days());
    }

    /** A quota cell, worded as the export and the printed summary word it. */
    public static DisplayText.QuotaCell quotaCell(Optional<QuotaUse> use, QuotaPeriod period) {
        return DisplayText.of(I18n.current().locale()).quotaCell(use, period);
    }

    private void updateChart() {
        CountsRow row = selected.get();
        List<CountsRow> lines = row == null ? List.copyOf(rows) : List.of(row);
        Map<Kind, List<Integer>> totals = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<Integer> months = java.util.stream.IntStream.rangeClosed(1, 12)
                    .map(m -> lines.stream().mapToInt(r -> r.line().days(kind, m)).sum()).boxed().toList();
            if (months.stream().anyMatch(d -> d > 0)) {
                totals.put(kind, months);
            }
        }
        String whose = row == null ? filter.get().label() : row.line().displayName();
        chart.set(new Chart(I18n.tr("counts.chart.title", whose, String.valueOf(year.get())), totals));
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

    /** The last review read; empty until the first one arrives. */
    public ReadOnlyObjectProperty<Optional<AnnualReview>> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The row whose months the chart shows; null for every row shown. */
    public ObjectProperty<CountsRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Chart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The last drill-down asked for; the view shows each new one. */
    public ReadOnlyObjectProperty<Optional<DrillDown>> drillDownProperty() {
        return drillDown.getReadOnlyProperty();
    }
}
