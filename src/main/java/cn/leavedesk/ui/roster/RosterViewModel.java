package cn.leavedesk.ui.roster;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Term;
import cn.leavedesk.domain.roster.RosterRow;
import cn.leavedesk.domain.roster.TermRecord;
import cn.leavedesk.service.PersonForm;
import cn.leavedesk.service.RosterChangeException;
import cn.leavedesk.service.RosterProblem;
import cn.leavedesk.service.RosterProblem.Field;
import cn.leavedesk.service.RosterService;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DateText;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 人员 screen: the roster with search, and one person's form and term history. A field's problem shows once the
 * field has been touched (or a save tried); the service checks everything again before it writes.
 */
public final class RosterViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RosterViewModel.class);

    /** Whether the form holds a new person or an existing one. */
    public enum Mode { NONE, NEW, EDIT }

    private final RosterService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final Clock clock;

    private final ObservableList<RosterRow> all = FXCollections.observableArrayList();
    private final FilteredList<RosterRow> rows = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showRetired = new SimpleBooleanProperty(this, "showRetired", false);
    private final ObservableList<Person> supervisors = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final ReadOnlyObjectWrapper<Optional<RosterRow>> editing =
            new ReadOnlyObjectWrapper<>(this, "editing", Optional.empty());
    private final Map<Field, StringProperty> text = new EnumMap<>(Field.class);
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<Person> supervisor = new SimpleObjectProperty<>(this, "supervisor");
    private final ObservableSet<Field> touched = FXCollections.observableSet(EnumSet.noneOf(Field.class));
    private final ObservableMap<Field, String> problems = FXCollections.observableHashMap();
    private final ObservableList<TermRecord> terms = FXCollections.observableArrayList();

    private final ObjectProperty<Role> newTermRole = new SimpleObjectProperty<>(this, "newTermRole");
    private final StringProperty newTermStart = new SimpleStringProperty(this, "newTermStart", "");
    private final StringProperty newTermEnd = new SimpleStringProperty(this, "newTermEnd", "");
    private final ObservableMap<Field, String> newTermProblems = FXCollections.observableHashMap();
    private final ObservableSet<Field> newTermTouched = FXCollections.observableSet(EnumSet.noneOf(Field.class));

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public RosterViewModel(RosterService service, TaskExecutor tasks, DialogService dialogs, AppState state,
                           Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.clock = clock;
        for (Field field : List.of(Field.ID, Field.NAME, Field.PORTFOLIOS, Field.CONTACT, Field.TERM_START,
                Field.TERM_END)) {
            StringProperty property = new SimpleStringProperty(this, field.name(), "");
            property.addListener((obs, old, now) -> changed(field));
            text.put(field, property);
        }
        role.addListener((obs, old, now) -> changed(Field.ROLE));
        supervisor.addListener((obs, old, now) -> changed(Field.SUPERVISOR));
        newTermRole.addListener((obs, old, now) -> newTermChanged(Field.ROLE));
        newTermStart.addListener((obs, old, now) -> newTermChanged(Field.TERM_START));
        newTermEnd.addListener((obs, old, now) -> newTermChanged(Field.TERM_END));
        search.addListener((obs, old, now) -> filter());
        showRetired.addListener((obs, old, now) -> filter());
        filter();
    }

    /** Reads the roster in the background. */
    public void refresh() {
        run(() -> new Loaded(service.roster(), service.supervisors()), loaded -> {
            Optional<String> selectedId = editing.get().map(r -> r.person().id());
            all.setAll(ordered(loaded.rows()));
            supervisors.setAll(loaded.supervisors());
            selectedId.flatMap(this::row).ifPresent(this::showPerson);
        });
    }

    private record Loaded(List<RosterRow> rows, List<Person> supervisors) {
    }

    /** As the office ranks people: by role (mayor first), then by id, which follows the office's own list. */
    private static List<RosterRow> ordered(List<RosterRow> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing((RosterRow r) -> r.person().role().ordinal())
                .thenComparing(r -> r.person().id().length()).thenComparing(r -> r.person().id())).toList();
    }

    private Optional<RosterRow> row(String id) {
        return all.stream().filter(r -> r.person().id().equals(id)).findFirst();
    }

    private void filter() {
        String needle = Optional.ofNullable(search.get()).orElse("").strip().toLowerCase(Locale.ROOT);
        boolean retired = showRetired.get();
        rows.setPredicate(r -> (retired || !r.isRetired()) && (needle.isEmpty() || matches(r, needle)));
    }

    private boolean matches(RosterRow row, String needle) {
        Person p = row.person();
        return p.name().toLowerCase(Locale.ROOT).contains(needle) || p.id().toLowerCase(Locale.ROOT).contains(needle)
                || DomainLabels.role(p.role()).contains(needle)
                || RosterService.portfolioText(p.portfolios()).contains(needle)
                || p.contact().filter(c -> c.contains(needle)).isPresent();
    }

    /** Starts a form for a new person. */
    public void newPerson() {
        editing.set(Optional.empty());
        mode.set(Mode.NEW);
        fill(Optional.empty());
        terms.clear();
    }

    /** Shows a person in the form. */
    public void showPerson(RosterRow row) {
        editing.set(Optional.of(row));
        mode.set(Mode.EDIT);
        fill(Optional.of(row.person()));
        terms.setAll(service.terms(row.person().id()));
    }

    private void fill(Optional<Person> person) {
        text.get(Field.ID).set(person.map(Person::id).orElse(""));
        text.get(Field.NAME).set(person.map(Person::name).orElse(""));
        text.get(Field.PORTFOLIOS).set(person.map(p -> RosterService.portfolioText(p.portfolios())).orElse(""));
        text.get(Field.CONTACT).set(person.flatMap(Person::contact).orElse(""));
        text.get(Field.TERM_START).set(person.flatMap(Person::term).map(t -> t.start().toString()).orElse(""));
        text.get(Field.TERM_END).set(person.flatMap(Person::term).map(t -> t.end().toString()).orElse(""));
        role.set(person.map(Person::role).orElse(null));
        // a supervisor who has since retired is still shown (and kept) rather than silently dropped
        Optional<Person> current = person.flatMap(Person::supervisor).flatMap(this::row).map(RosterRow::person);
        current.filter(s -> !supervisors.contains(s)).ifPresent(supervisors::add);
        supervisor.set(current.orElse(null));
        newTermRole.set(person.map(Person::role).orElse(null));
        newTermStart.set(person.flatMap(Person::term).map(t -> t.end().plusDays(1).toString()).orElse(""));
        newTermEnd.set("");
        touched.clear();
        problems.clear();
        newTermTouched.clear();
        newTermProblems.clear();
    }

    private void changed(Field field) {
        if (mode.get() != Mode.NONE) {
            touched.add(field);
            validate();
        }
    }

    /** Checks the form, true when it can be saved; only touched fields show their problem. */
    private boolean validate() {
        List<RosterProblem> found = new ArrayList<>();
        Map<Field, String> words = new EnumMap<>(Field.class);
        for (Field date : List.of(Field.TERM_START, Field.TERM_END)) {
            if (DateText.isInvalid(text.get(date).get())) {
                words.put(date, I18n.tr("roster.problem.date"));
            }
        }
        if (mode.get() != Mode.NONE) {
            found.addAll(service.check(form(), editing.get().map(r -> r.person().id())));
        }
        for (RosterProblem problem : found) {
            words.putIfAbsent(problem.field(), RosterText.problem(problem));
        }
        problems.clear();
        words.forEach((field, message) -> {
            if (touched.contains(field)) {
                problems.put(field, message);
            }
        });
        return words.isEmpty();
    }

    private PersonForm form() {
        return new PersonForm(Optional.of(text.get(Field.ID).get()), text.get(Field.NAME).get(),
                Optional.ofNullable(role.get()), text.get(Field.PORTFOLIOS).get(),
                Optional.ofNullable(supervisor.get()).map(Person::id), text.get(Field.CONTACT).get(),
                DateText.parse(text.get(Field.TERM_START).get()), DateText.parse(text.get(Field.TERM_END).get()));
    }

    /** Saves the form; with problems every field is marked touched so that all of them show. */
    public boolean save() {
        if (mode.get() == Mode.NONE || busy.get()) {
            return false;
        }
        touched.addAll(EnumSet.of(Field.ID, Field.NAME, Field.ROLE, Field.PORTFOLIOS, Field.SUPERVISOR, Field.CONTACT,
                Field.TERM_START, Field.TERM_END));
        if (!validate()) {
            return false;
        }
        PersonForm form = form();
        Optional<String> id = editing.get().map(r -> r.person().id());
        run(() -> {
            if (id.isPresent()) {
                service.update(id.get(), form);
                return id.get();
            }
            return service.add(form).id();
        }, savedId -> {
            dialogs.notify(I18n.tr(id.isPresent() ? "roster.saved" : "roster.added", form.name()));
            reloadAndShow(savedId);
        });
        return true;
    }

    private void reloadAndShow(String id) {
        run(() -> new Loaded(service.roster(), service.supervisors()), loaded -> {
            all.setAll(ordered(loaded.rows()));
            supervisors.setAll(loaded.supervisors());
            row(id).ifPresent(this::showPerson);
        });
    }

    /** Adds the typed term after the current one (a second term). */
    public boolean addTerm() {
        Optional<RosterRow> row = editing.get();
        if (row.isEmpty() || busy.get()) {
            return false;
        }
        newTermTouched.addAll(EnumSet.of(Field.ROLE, Field.TERM_START, Field.TERM_END));
        if (!validateNewTerm()) {
            return false;
        }
        String id = row.get().person().id();
        Optional<Role> termRole = Optional.ofNullable(newTermRole.get());
        Optional<LocalDate> start = DateText.parse(newTermStart.get());
        Optional<LocalDate> end = DateText.parse(newTermEnd.get());
        run(() -> {
            service.addTerm(id, termRole, start, end);
            return id;
        }, savedId -> {
            dialogs.notify(I18n.tr("roster.termAdded", row.get().person().displayName()));
            reloadAndShow(savedId);
        });
        return true;
    }

    private void newTermChanged(Field field) {
        if (editing.get().isPresent()) {
            newTermTouched.add(field);
            validateNewTerm();
        }
    }

    private boolean validateNewTerm() {
        Map<Field, String> words = new EnumMap<>(Field.class);
        if (newTermRole.get() == null) {
            words.put(Field.ROLE, RosterText.problem(RosterProblem.of(Field.ROLE, RosterProblem.Code.REQUIRED)));
        }
        for (Map.Entry<Field, StringProperty> e : Map.of(Field.TERM_START, newTermStart, Field.TERM_END, newTermEnd)
                .entrySet()) {
            String value = e.getValue().get();
            if (DateText.isBlank(value)) {
                words.put(e.getKey(), RosterText.problem(RosterProblem.of(e.getKey(), RosterProblem.Code.REQUIRED)));
            } else if (DateText.isInvalid(value)) {
                words.put(e.getKey(), I18n.tr("roster.problem.date"));
            }
        }
        Optional<LocalDate> start = DateText.parse(newTermStart.get());
        Optional<LocalDate> end = DateText.parse(newTermEnd.get());
        if (start.isPresent() && end.isPresent()) {
            RosterService.termProblems(start, end).forEach(p -> words.putIfAbsent(p.field(), RosterText.problem(p)));
        }
        Optional<Term> current = terms.isEmpty() ? Optional.empty() : terms.get(terms.size() - 1).term();
        if (start.isPresent() && current.filter(t -> !start.get().isAfter(t.start())).isPresent()) {
            words.putIfAbsent(Field.TERM_START, RosterText.problem(RosterProblem.of(Field.TERM_START,
                    RosterProblem.Code.STARTS_BEFORE_CURRENT_TERM, current.get().start())));
        }
        newTermProblems.clear();
        words.forEach((field, message) -> {
            if (newTermTouched.contains(field)) {
                newTermProblems.put(field, message);
            }
        });
        return words.isEmpty();
    }

    /** Takes the shown person off the active roster from today, after asking. */
    public void retire() {
        editing.get().filter(r -> !r.isRetired()).ifPresent(row -> {
            LocalDate today = LocalDate.now(clock);
            if (!dialogs.confirm(I18n.tr("roster.retire.title"),
                    I18n.tr("roster.retire.message", row.person().displayName(), today.toString()))) {
                return;
            }
            String id = row.person().id();
            run(() -> {
                service.retire(id, today);
                return id;
            }, savedId -> {
                dialogs.notify(I18n.tr("roster.retired", row.person().displayName()));
                reloadAndShow(savedId);
            });
        });
    }

    public void reinstate() {
        editing.get().filter(RosterRow::isRetired).ifPresent(row -> {
            String id = row.person().id();
            run(() -> {
                service.reinstate(id);
                return id;
            }, savedId -> reloadAndShow(savedId));
        });
    }

    /** Deletes the shown person after asking; the store refuses (and says why) when records name them. */
    public void delete() {
        editing.get().ifPresent(row -> {
            if (!dialogs.confirm(I18n.tr("roster.delete.title"),
                    I18n.tr("roster.delete.message", row.person().displayName()))) {
                return;
            }
            String id = row.person().id();
            run(() -> {
                service.delete(id);
                return id;
            }, deleted -> {
                dialogs.notify(I18n.tr("roster.deleted", row.person().displayName()));
                editing.set(Optional.empty());
                mode.set(Mode.NONE);
                terms.clear();
                refresh();
            });
        });
    }

    /** Runs store work in the background; a refusal is shown on the fields or in one dialog. */
    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        tasks.execute(BackgroundTask.<T>of(progress -> work.get())
                .onSuccess(result -> {
                    busy.set(false);
                    done.accept(result);
                })
                .onFailure(e -> {
                    busy.set(false);
                    if (e instanceof RosterChangeException refused) {
                        // another window changed the roster meanwhile: show the problems where they belong
                        touched.addAll(refused.problems().stream().map(RosterProblem::field).toList());
                        refused.problems().forEach(p -> problems.put(p.field(), RosterText.problem(p)));
                        refused.problems().forEach(p -> newTermProblems.put(p.field(), RosterText.problem(p)));
                        return;
                    }
                    LOG.warn("Roster change failed", e);
                    dialogs.showError(I18n.tr("roster.failed.title"), StoreMessages.forClerk(e)
                            .orElseGet(() -> I18n.tr("roster.failed.message")));
                }));
    }

    public ObservableList<RosterRow> rows() {
        return rows;
    }

    public int rosterSize() {
        return all.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public ObservableList<Person> supervisors() {
        return supervisors;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<RosterRow>> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty text(Field field) {
        return text.get(field);
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Person> supervisorProperty() {
        return supervisor;
    }

    /** The problem a field shows now (empty until touched). */
    public StringBinding problem(Field field) {
        return Bindings.createStringBinding(() -> problems.getOrDefault(field, ""), problems);
    }

    public ObservableList<TermRecord> terms() {
        return terms;
    }

    public ObjectProperty<Role> newTermRoleProperty() {
        return newTermRole;
    }

    public StringProperty newTermStartProperty() {
        return newTermStart;
    }

    public StringProperty newTermEndProperty() {
        return newTermEnd;
    }

    public StringBinding newTermProblem(Field field) {
        return Bindings.createStringBinding(() -> newTermProblems.getOrDefault(field, ""), newTermProblems);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether this window may change the roster. */
    public boolean canChange() {
        return state.access() == AppState.Access.READ_WRITE;
    }

    public BooleanBinding editingRetired() {
        return Bindings.createBooleanBinding(() -> editing.get().filter(RosterRow::isRetired).isPresent(), editing);
    }

    Set<Field> touchedFields() {
        return Set.copyOf(touched);
    }
}
