package cn.leavedesk.ui.register;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import cn.leavedesk.service.RegisterRow;
import cn.leavedesk.service.RegisterSlice;
import cn.leavedesk.ui.AbsenceOpener;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.RegisterSource;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register: filters (person, role, kind, scope, status, dates, verdict, open steps), a free-text search and a
 * sort on the columns, all answered by the database one page at a time; more rows are read as the table scrolls,
 * so the whole register is never in memory. Export writes exactly the rows the filters match.
 */
public final class RegisterViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterViewModel.class);
    /** Rows per read: the first page must appear at once even on a million-row register. */
    public static final int PAGE = 100;

    /** Where the rows come from. */
    public interface Source {
        RegisterSlice page(RegisterFilter filter, RegisterSort sort, int offset, int limit) throws Exception;

        long count(RegisterFilter filter) throws Exception;

        Roster roster() throws Exception;

        /** Writes the filtered rows, in this order, to the workbook; returns how many. */
        int export(RegisterFilter filter, RegisterSort sort, Path target) throws Exception;
    }

    /** The status filter's choices: the usual register, one state, or every version with amended ones. */
    public enum StatusChoice {
        USUAL(Set.of()),
        ACTIVE(Set.of(AbsenceState.ACTIVE)),
        CANCELLED(Set.of(AbsenceState.CANCELLED)),
        SUPERSEDED(Set.of(AbsenceState.SUPERSEDED)),
        EVERY(EnumSet.allOf(AbsenceState.class));

        private final Set<AbsenceState> states;

        StatusChoice(Set<AbsenceState> states) {
            this.states = states;
        }
    }

    private final Source source;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final AbsenceOpener opener;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope");
    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>(this, "status",
            StatusChoice.USUAL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(this, "verdict");
    private final BooleanProperty openStepsOnly = new SimpleBooleanProperty(this, "openStepsOnly");
    private final ObjectProperty<RegisterSort> sort = new SimpleObjectProperty<>(this, "sort", RegisterSort.NEWEST);

    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(this, "matching", -1);
    private final ReadOnlyLongWrapper stored = new ReadOnlyLongWrapper(this, "stored", -1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final StringBinding summary;
    private final BooleanBinding empty;
    private boolean more;
    /** Only the answers to the newest filter may change the table, whichever finishes last. */
    private long generation;
    private final List<Runnable> afterFirstPage = new java.util.ArrayList<>();
    private boolean pageShown;

    /**
     * @param changes tells when the register changed elsewhere (a save, an import, demo data): the page is read again
     */
    public RegisterViewModel(Source source, RegisterSource changes, TaskExecutor tasks, DialogService dialogs,
                             AbsenceOpener opener) {
        this.source = source;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        Observable[] filters = {search, person, role, kind, scope, status, from, to, verdict, openStepsOnly, sort};
        for (Observable filter : filters) {
            filter.addListener(o -> reload());
        }
        // The roster for the person filter only when the count changed (reading it each time blanked 全部人员);
        // the rows after every change, as changes() says.
        changes.storedCount().addListener((o, before, after) -> {
            // the first count after start-up is no change: the person list is read below
            if (before.longValue() != RegisterSource.NOT_COUNTED) {
                loadPeople();
            }
        });
        changes.changes().addListener(o -> reload());
        summary = Bindings.createStringBinding(this::summaryText, matching, stored, rows);
        empty = stored.isEqualTo(0);
        // the page before the person list: both wait for the one database connection, and the page is what shows
        reload();
        loadPeople();
    }

    private String summaryText() {
        long all = stored.get();
        long found = matching.get();
        if (all < 0 || found < 0) {
            return I18n.tr("register.counting");
        }
        String text = found == all ? I18n.tr("register.count", all) : I18n.tr("register.countFiltered", found, all);
        return rows.size() < found ? I18n.tr("register.countLoaded", text, rows.size()) : text;
    }

    /** The filter as the fields stand. */
    public RegisterFilter filter() {
        RegisterFilter filter = RegisterFilter.all().withStates(status.get().states);
        if (person.get() != null) {
            filter = filter.forPerson(person.get().id());
        }
        if (role.get() != null) {
            filter = filter.withRole(role.get());
        }
        if (kind.get() != null) {
            filter = filter.ofKind(kind.get());
        }
        if (scope.get() != null) {
            filter = filter.inScope(scope.get());
        }
        if (from.get() != null || to.get() != null) {
            LocalDate first = Optional.ofNullable(from.get()).orElse(LocalDate.of(1900, 1, 1));
            LocalDate last = Optional.ofNullable(to.get()).orElse(LocalDate.of(9999, 12, 31));
            filter = filter.between(first, last);
        }
        if (verdict.get() != null) {
            filter = filter.withVerdict(verdict.get());
        }
        if (openStepsOnly.get()) {
            filter = filter.withOpenSteps();
        }
        return filter.matching(search.get());
    }

    /** True while any filter or the search narrows the register. */
    public boolean isFiltered() {
        return !filter().equals(RegisterFilter.all());
    }

    /** Reads the first page for the filters and sort as they stand, and the counts. */
    public void reload() {
        long mine = ++generation;
        RegisterFilter filter = filter();
        RegisterSort order = sort.get();
        loading.set(true);
        more = false;
        // The page first and the counts after it: counting a million rows takes longer than reading a page, and the
        // clerk can work with the page while the status line says it is counting. Unfiltered, both counts are one.
        boolean unfiltered = !isFiltered();
        BackgroundTask.Work<Counts> counting = progress -> {
            long found = source.count(filter);
            return new Counts(found, unfiltered ? found : source.count(RegisterFilter.all()));
        };
        tasks.execute(BackgroundTask.of(progress -> source.page(filter, order, 0, PAGE))
                .onSuccess(slice -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    more = slice.more();
                    matching.set(-1);
                    // The same rows read again (a refresh after a change elsewhere) leave the table and its
                    // selection alone: a row being clicked must not be swapped under the pointer.
                    if (!rows.equals(slice.rows())) {
                        rows.setAll(slice.rows());
                    }
                    pageShown = true;
                    // the count is asked for before what waited for the page, which may be long background work
                    count(mine, counting);
                    List<Runnable> waiting = List.copyOf(afterFirstPage);
                    afterFirstPage.clear();
                    waiting.forEach(Runnable::run);
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        loading.set(false);
                        failed(e);
                    }
                }));
    }

    private void count(long mine, BackgroundTask.Work<Counts> counting) {
        tasks.execute(BackgroundTask.of(counting)
                .onSuccess(counts -> {
                    if (mine == generation) {
                        matching.set(counts.matching());
                        stored.set(counts.stored());
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        failed(e);
                    }
                }));
    }

    private record Counts(long matching, long stored) {
    }

    /** Runs {@code action} on the JavaFX thread once a first page is on the table (at once if one already is). */
    public void afterFirstPage(Runnable action) {
        if (pageShown) {
            action.run();
        } else {
            afterFirstPage.add(action);
        }
    }

    /** Reads the next page when the table has scrolled near the end of what is loaded. */
    public void loadMore() {
        if (!more || loading.get()) {
            return;
        }
        long mine = generation;
        RegisterFilter filter = filter();
        RegisterSort order = sort.get();
        int offset = rows.size();
        loading.set(true);
        tasks.execute(BackgroundTask.of(progress -> source.page(filter, order, offset, PAGE))
                .onSuccess(slice -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    more = slice.more();
                    rows.addAll(slice.rows());
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        loading.set(false);
                        failed(e);
                    }
                }));
    }

    private void loadPeople() {
        tasks.execute(BackgroundTask.of(progress -> source.roster()).onSuccess(roster -> {
            Person chosen = person.get();
            people.setAll(roster.people().stream().sorted(Comparator.comparing(Person::role)).toList());
            if (chosen != null && roster.find(chosen.id()).isEmpty()) {
                person.set(null);
            }
        }).onFailure(e -> LOG.warn("Could not read the roster", e)));
    }

    /** Orders the register by a column; the first page is read again in that order. */
    public void sortBy(RegisterSort wanted) {
        if (!wanted.equals(sort.get())) {
            sort.set(wanted);
        }
    }

    /** Every filter back to "all" and the search emptied. */
    public void clearFilters() {
        person.set(null);
        role.set(null);
        kind.set(null);
        scope.set(null);
        status.set(StatusChoice.USUAL);
        from.set(null);
        to.set(null);
        verdict.set(null);
        openStepsOnly.set(false);
        search.set("");
        reload();
    }

    /** Writes exactly the rows the filters match, with the people's names, to an Excel workbook. */
    public void export() {
        Optional<Path> chosen = dialogs.chooseFileToSave(new DialogService.FileChoice(I18n.tr("register.export.title"),
                List.of(new DialogService.FileFilter(I18n.tr("register.export.xlsx"), List.of("*.xlsx"))),
                Optional.empty(), Optional.of(I18n.tr("register.export.fileName") + ".xlsx")));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = workbook(chosen.get());
        RegisterFilter filter = filter();
        RegisterSort order = sort.get();
        exporting.set(true);
        tasks.execute(BackgroundTask.of(progress -> source.export(filter, order, target))
                .onSuccess(count -> {
                    exporting.set(false);
                    dialogs.notify(I18n.tr("register.export.done", count, target.toString()));
                })
                .onFailure(e -> {
                    exporting.set(false);
                    LOG.warn("Could not export the register", e);
                    dialogs.showError(I18n.tr("register.export.failed.title"), I18n.tr("register.export.failed",
                            target.toString(), StoreMessages.forClerk(e).orElse(String.valueOf(e.getMessage()))));
                }));
    }

    /** A name typed without an ending becomes a workbook. */
    static Path workbook(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen : chosen.resolveSibling(name + ".xlsx");
    }

    private void failed(Exception e) {
        LOG.warn("Could not read the register", e);
        dialogs.notify(I18n.tr("register.failed", StoreMessages.forClerk(e).orElse(String.valueOf(e.getMessage()))));
    }

    /** Opens the row's absence on its own page (double-click, Enter, or the context menu). */
    public void open(RegisterRow row) {
        if (row != null) {
            opener.open(row.absence().id());
        }
    }

    /** The rows read so far, in the chosen order; more follow as the table scrolls. */
    public ObservableList<RegisterRow> rows() {
        return rows;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public StringBinding summary() {
        return summary;
    }

    /** True when the register has no records at all (not merely none matching). */
    public BooleanBinding registerEmpty() {
        return empty;
    }

    /** How many rows the filters match in all, -1 until counted. */
    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<StatusChoice> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public BooleanProperty openStepsOnlyProperty() {
        return openStepsOnly;
    }

    public ObjectProperty<RegisterSort> sortProperty() {
        return sort;
    }
}
