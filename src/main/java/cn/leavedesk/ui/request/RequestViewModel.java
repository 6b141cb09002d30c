package cn.leavedesk.ui.request;

import cn.leavedesk.domain.DayText;
import cn.leavedesk.domain.Labels;
import java.util.EnumSet;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.Countries;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.RegisterSource;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The new-request form: its fields, what is wrong with them, and what the office's rulebook says about the request
 * as it stands. The rulebook's answer is recomputed off the JavaFX thread whenever a field changes.
 */
public final class RequestViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RequestViewModel.class);
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;；]");

    /** The fields a problem can be about, for decorating the right control. */
    public enum Field { PERSON, DEPART, RETURN, FILED, MEETING_TYPE, AMEND_REASON }

    /** What the rulebook says about the form's absence; the new-request screen asks about a new one. */
    @FunctionalInterface
    public interface Previewer {
        Evaluation preview(Absence draft) throws Exception;
    }

    /** Stores the form's absence as the new version of the one being amended, with the clerk's reason. */
    @FunctionalInterface
    public interface Amender {
        RequestService.Saved amend(Absence draft, String reason) throws Exception;
    }

    /** Stores what the form holds; the new-request screen stores a new absence. */
    @FunctionalInterface
    public interface Saver {
        RequestService.Saved save(Absence draft) throws Exception;
    }

    /** Something that keeps the request from being saved, worded for the clerk and naming the field. */
    public record Problem(Field field, String message) {
    }

    private final RequestService service;
    private final RegisterSource register;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final Clock clock;
    private final Debouncer debouncer;
    private final Labels labels = Labels.of(I18n.current().locale());
    /** How the form stores: a new absence, or (when amending) a new version of a stored one. */
    private Saver saver;
    private Consumer<RequestService.Saved> afterSave = saved -> { };
    private Previewer previewer;
    private Optional<Amender> amender = Optional.empty();
    /** The id of the absence being amended (变更), empty on the new-request screen. */
    private final ReadOnlyObjectWrapper<Optional<String>> amending = new ReadOnlyObjectWrapper<>(this, "amending",
            Optional.empty());
    private final StringProperty amendReason = new SimpleStringProperty(this, "amendReason", "");
    private Runnable amendEnded = () -> { };

    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private Roster roster = new Roster(List.of());
    /**
     * The absence being amended, until the roster has been read: its convener and acting person are ids, which the
     * form shows as people only once it knows them (the form is opened before its roster has arrived).
     */
    private Optional<Absence> awaitingRoster = Optional.empty();

    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.BUSINESS_TRIP);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.OUTSIDE_PROVINCE);
    private final ObjectProperty<LocalDate> depart = new SimpleObjectProperty<>(this, "depart");
    private final ObjectProperty<LocalDate> returnDate = new SimpleObjectProperty<>(this, "returnDate");
    private final ObjectProperty<LocalDate> filed = new SimpleObjectProperty<>(this, "filed");
    private final StringProperty destination = new SimpleStringProperty(this, "destination", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final StringProperty actingPerson = new SimpleStringProperty(this, "actingPerson", "");
    private final StringProperty attachments = new SimpleStringProperty(this, "attachments", "");
    private final ItineraryViewModel itinerary = new ItineraryViewModel(Countries.current());
    private final ObjectProperty<MeetingType> meetingType = new SimpleObjectProperty<>(this, "meetingType");
    private final ObjectProperty<Person> convener = new SimpleObjectProperty<>(this, "convener");

    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems",
            List.of());
    /** The problems of the fields the clerk has been to, or of all of them once saving was tried. */
    private final ReadOnlyObjectWrapper<List<Problem>> shownProblems = new ReadOnlyObjectWrapper<>(this,
            "shownProblems", List.of());
    /** Date text the clerk typed that is not a day, by field; the picker's own value stays empty meanwhile. */
    private final ObservableMap<Field, String> unreadableDates = FXCollections.observableHashMap();
    private final ObservableSet<Field> touched = FXCollections.observableSet(EnumSet.noneOf(Field.class));
    private boolean saveTried;
    private boolean clearing;
    private final ReadOnlyObjectWrapper<Optional<RequestResult>> result = new ReadOnlyObjectWrapper<>(this, "result",
            Optional.empty());
    private final ReadOnlyStringWrapper previewFailure = new ReadOnlyStringWrapper(this, "previewFailure", "");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final BooleanBinding isMeeting = kind.isEqualTo(Kind.MEETING_ABSENCE);
    private final BooleanBinding isAbroad;
    private final BooleanBinding canSave;
    /** Only the newest preview may show, whichever finishes last. */
    private long generation;

    public RequestViewModel(RequestService service, RegisterSource register, TaskExecutor tasks,
                            DialogService dialogs, AppState state, Clock clock, Debouncer debouncer) {
        this.service = service;
        this.register = register;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.clock = clock;
        this.debouncer = debouncer;
        this.saver = service::save;
        this.previewer = service::preview;
        filed.set(LocalDate.now(clock));
        isAbroad = scope.isEqualTo(Scope.ABROAD).and(isMeeting.not());
        canSave = Bindings.createBooleanBinding(() -> problems.get().isEmpty() && !saving.get()
                && state.access() == AppState.Access.READ_WRITE, problems, saving);

        Observable[] fields = {person, kind, scope, depart, returnDate, filed, destination, reason, contact,
                actingPerson, attachments, itinerary.stops(), meetingType, convener, amendReason};
        for (Observable field : fields) {
            field.addListener(o -> changed());
        }
        // A field the clerk changed counts as visited; the view also marks fields left empty when focus leaves them.
        Map<Field, Observable> byField = Map.of(Field.PERSON, person, Field.DEPART, depart, Field.RETURN, returnDate,
                Field.FILED, filed, Field.MEETING_TYPE, meetingType, Field.AMEND_REASON, amendReason);
        byField.forEach((field, property) -> property.addListener(o -> {
            if (!clearing) {
                touch(field);
            }
        }));
        // Text that is no day leaves the value as it was: the answer beside the form goes, as the form cannot be read.
        unreadableDates.addListener((MapChangeListener<Field, String>) c -> changed());
        touched.addListener((SetChangeListener<Field>) c -> showProblems());
        // Demo data or an import changes the roster: the register refreshes after either.
        register.storedCount().addListener(o -> loadRoster());
        validate();
        loadRoster();
    }

    /** Reads the roster again, keeping the chosen people if they are still on it. */
    public void loadRoster() {
        tasks.execute(BackgroundTask.of(progress -> new LoadedRoster(service.roster(), service.retired()))
                .onSuccess(read -> {
            Roster loaded = read.roster();
            String chosen = Optional.ofNullable(person.get()).map(Person::id).orElse(null);
            String chosenConvener = Optional.ofNullable(convener.get()).map(Person::id).orElse(null);
            roster = loaded;
            // Leaders first, as the office lists them; the roster's own order within each position. Retired people
            // are not offered, unless the form already holds one (an amendment of their record).
            people.setAll(loaded.people().stream()
                    .filter(p -> !read.retired().contains(p.id()) || p.id().equals(chosen))
                    .sorted(Comparator.comparing(Person::role)).toList());
            person.set(chosen == null ? null : loaded.find(chosen).orElse(null));
            convener.set(chosenConvener == null ? null : loaded.find(chosenConvener).orElse(null));
            awaitingRoster.ifPresent(original -> {
                // unless the clerk has chosen someone else meanwhile
                if (actingPerson.get().equals(original.actingPerson().orElse(""))) {
                    actingPerson.set(original.actingPerson().map(this::nameOf).orElse(""));
                }
                if (convener.get() == null) {
                    convener.set(original.meeting().flatMap(Meeting::convener).flatMap(roster::find).orElse(null));
                }
            });
            awaitingRoster = Optional.empty();
        }).onFailure(e -> LOG.warn("Could not read the roster", e)));
    }

    private record LoadedRoster(Roster roster, java.util.Set<String> retired) {
    }

    private void changed() {
        validate();
        debouncer.run(this::preview);
    }

    private void validate() {
        List<Problem> found = new ArrayList<>();
        unreadableDates.forEach((field, text) -> found.add(new Problem(field, unreadable(field, text))));
        if (person.get() == null) {
            found.add(new Problem(Field.PERSON, choose("request.field.person")));
        }
        if (isMeeting.get()) {
            if (depart.get() == null && !unreadableDates.containsKey(Field.DEPART)) {
                found.add(new Problem(Field.DEPART, required("request.field.meetingDay")));
            }
            if (meetingType.get() == null) {
                found.add(new Problem(Field.MEETING_TYPE, choose("request.field.meetingType")));
            }
        } else {
            if (depart.get() == null && !unreadableDates.containsKey(Field.DEPART)) {
                found.add(new Problem(Field.DEPART, required("request.field.depart")));
            }
            if (returnDate.get() == null) {
                if (!unreadableDates.containsKey(Field.RETURN)) {
                    found.add(new Problem(Field.RETURN, required("request.field.return")));
                }
            } else if (depart.get() != null && returnDate.get().isBefore(depart.get())) {
                found.add(new Problem(Field.RETURN, I18n.tr("request.problem.returnBeforeDepart",
                        I18n.tr("request.field.return"), returnDate.get().toString(),
                        I18n.tr("request.field.depart"), depart.get().toString())));
            }
        }
        if (amending.get().isPresent() && amendReason.get().isBlank()) {
            found.add(new Problem(Field.AMEND_REASON, required("request.field.amendReason")));
        }
        if (filed.get() == null && !unreadableDates.containsKey(Field.FILED)) {
            found.add(new Problem(Field.FILED, required("request.field.filed")));
        }
        if (isMeeting.get()) {
            found.removeIf(p -> p.field() == Field.RETURN); // a meeting has one day; the return field is hidden
        }
        problems.set(List.copyOf(found));
        showProblems();
    }

    private void showProblems() {
        shownProblems.set(problems.get().stream().filter(p -> saveTried || touched.contains(p.field())).toList());
    }

    private static String unreadable(Field field, String text) {
        String label = I18n.tr(switch (field) {
            case DEPART -> "request.field.depart";
            case RETURN -> "request.field.return";
            default -> "request.field.filed";
        });
        return DayText.read(text).problem().map(problem -> switch (problem) {
            case UNREADABLE -> I18n.tr("request.problem.dateUnreadable", label, text);
            case NO_SUCH_DAY -> I18n.tr("request.problem.noSuchDay", label, text);
            case OUT_OF_RANGE -> I18n.tr("request.problem.dateOutOfRange", label, text,
                    String.valueOf(DayText.EARLIEST.getYear()), String.valueOf(DayText.LATEST.getYear()));
        }).orElseGet(() -> I18n.tr("request.problem.dateUnreadable", label, text));
    }

    /**
     * What the clerk has typed into a date field so far; a text that is not a day is a problem of that field
     * (the picker itself keeps no value for it). Blank or a day clears it.
     */
    public void dateTyped(Field field, String text) {
        if (DayText.read(text).problem().isPresent()) {
            unreadableDates.put(field, text.strip());
        } else {
            unreadableDates.remove(field);
        }
    }

    /** The clerk has been to the field: its problems show from now on. */
    public void touch(Field field) {
        touched.add(field);
    }

    /** Unreadable date text by field; the view empties a field's editor when its entry goes (on 清空). */
    public ObservableMap<Field, String> unreadableDates() {
        return unreadableDates;
    }

    /** Whether the form holds anything the clerk typed or chose that would be lost by closing it. */
    public boolean hasUnsavedDraft() {
        return person.get() != null || depart.get() != null || returnDate.get() != null
                || !unreadableDates.isEmpty() || text(destination).isPresent() || text(reason).isPresent()
                || text(contact).isPresent() || text(actingPerson).isPresent() || text(attachments).isPresent()
                || !itinerary.stops().isEmpty() || meetingType.get() != null || convener.get() != null;
    }

    private static String choose(String fieldKey) {
        return I18n.tr("request.problem.choose", I18n.tr(fieldKey));
    }

    private static String required(String fieldKey) {
        return I18n.tr("request.problem.required", I18n.tr(fieldKey));
    }

    /** The first problem with the field to show, if any. */
    public Optional<String> problem(Field field) {
        return shownProblems.get().stream().filter(p -> p.field() == field).map(Problem::message).findFirst();
    }

    /** Asks the engine again about the request as it stands: what it counts with (the holiday calendar) changed. */
    public void recheck() {
        preview();
    }

    /** Asks the engine about the request as it stands; nothing to ask while the form has problems. */
    private void preview() {
        long mine = ++generation;
        Optional<Absence> draft = draft();
        if (draft.isEmpty()) {
            result.set(Optional.empty());
            previewFailure.set("");
            return;
        }
        Roster known = roster;
        tasks.execute(BackgroundTask.of(progress -> previewer.preview(draft.get()))
                .onSuccess(evaluation -> {
                    if (mine == generation) {
                        result.set(Optional.of(RequestResult.of(evaluation, known, labels)));
                        previewFailure.set("");
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        LOG.warn("Could not evaluate the draft", e);
                        result.set(Optional.empty());
                        previewFailure.set(I18n.tr("request.result.failed",
                                StoreMessages.forClerk(e).orElse(String.valueOf(e.getMessage()))));
                    }
                }));
    }

    /** The request as an absence without an id yet, if the form has no problems. */
    Optional<Absence> draft() {
        // The amendment's reason does not change the plan: the live answer runs without it, saving does not.
        if (problems.get().stream().anyMatch(p -> p.field() != Field.AMEND_REASON)) {
            return Optional.empty();
        }
        boolean meeting = isMeeting.get();
        LocalDate back = meeting ? depart.get() : returnDate.get();
        // A meeting absence is from a government meeting in the city, on the meeting day.
        Scope where = meeting ? Scope.WITHIN_CITY : scope.get();
        Absence.Builder builder = Absence.builder(RequestService.DRAFT_ID, person.get().id(), kind.get(), where,
                        depart.get(), back)
                .filed(filed.get())
                .destination(text(destination).orElse(null))
                .reason(text(reason).orElse(null))
                .contact(text(contact).orElse(null))
                .actingPerson(text(actingPerson).map(this::personIdOrName).orElse(null))
                .attachments(list(attachments.get()));
        if (isAbroad.get()) {
            builder.stops(List.copyOf(itinerary.stops()));
        }
        if (meeting) {
            builder.meeting(new Meeting(meetingType.get(), Optional.ofNullable(convener.get()).map(Person::id)));
        }
        return Optional.of(builder.build());
    }

    /** An acting person typed or chosen by name is stored by id when the roster knows the name. */
    private String personIdOrName(String typed) {
        return roster.people().stream()
                .filter(p -> p.id().equals(typed) || p.displayName().equals(typed) || optionText(p).equals(typed))
                .map(Person::id).findFirst().orElse(typed);
    }

    private static Optional<String> text(StringProperty property) {
        return Optional.ofNullable(property.get()).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static List<String> list(String text) {
        return Arrays.stream(LIST_SEPARATORS.split(text == null ? "" : text)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** How a person shows in the pickers: name and position. */
    public static String optionText(Person person) {
        return I18n.tr("request.person.option", person.displayName(), DomainLabels.role(person.role()));
    }

    /**
     * Stores the request and its chain; the register is read again and the status bar says so. A request the
     * rulebook says breaks a rule is stored only after the clerk confirms once, told which articles it breaks.
     */
    public void save() {
        saveTried = true;
        showProblems();
        if (!canSave.get()) {
            return;
        }
        Optional<Absence> draft = draft();
        if (draft.isEmpty()) {
            return;
        }
        saving.set(true);
        // Checked again as it stands now: the panel's answer may be a moment old.
        tasks.execute(BackgroundTask.of(progress -> previewer.preview(draft.get()))
                .onSuccess(evaluation -> {
                    if (evaluation.verdict() == Verdict.VIOLATION && !dialogs.confirm(
                            I18n.tr("request.violation.title"), violationMessage(evaluation))) {
                        saving.set(false);
                        return;
                    }
                    store(draft.get());
                })
                .onFailure(this::saveFailed));
    }

    /** The broken rules, each with its article, as one question. */
    static String violationMessage(Evaluation evaluation) {
        String broken = evaluation.findings().stream()
                .filter(f -> f.severity() == Severity.VIOLATION)
                .map(f -> f.article().map(a -> I18n.tr("request.finding.withArticle", f.message(), a))
                        .orElse(f.message()))
                .collect(Collectors.joining(I18n.tr("request.violation.separator")));
        return I18n.tr("request.violation.message", broken);
    }

    private void store(Absence draft) {
        String name = person.get().displayName();
        String why = amendReason.get().strip();
        Optional<Amender> amendWith = amender;
        tasks.execute(BackgroundTask.of(progress -> amendWith.isPresent()
                        ? amendWith.get().amend(draft, why) : saver.save(draft))
                .onSuccess(saved -> {
                    saving.set(false);
                    register.refresh();
                    Optional<String> amended = amending.get();
                    if (amended.isPresent()) {
                        dialogs.notify(I18n.tr("request.amended", amended.get(), saved.id(), name));
                    } else {
                        dialogs.notify(I18n.tr("request.saved", saved.id(), name));
                        clear();
                    }
                    afterSave.accept(saved);
                })
                .onFailure(this::saveFailed));
    }

    private void saveFailed(Exception e) {
        saving.set(false);
        LOG.warn("Could not save the request", e);
        dialogs.showError(I18n.tr("request.saveFailed.title"), StoreMessages.forClerk(e)
                .orElseGet(() -> I18n.tr("request.saveFailed.message", String.valueOf(e.getMessage()))));
    }

    /** Empties the form; the filing date goes back to today. */
    public void clear() {
        clearing = true;
        person.set(null);
        kind.set(Kind.BUSINESS_TRIP);
        scope.set(Scope.OUTSIDE_PROVINCE);
        depart.set(null);
        returnDate.set(null);
        filed.set(LocalDate.now(clock));
        destination.set("");
        reason.set("");
        contact.set("");
        actingPerson.set("");
        attachments.set("");
        itinerary.setAll(List.of());
        meetingType.set(null);
        convener.set(null);
        unreadableDates.clear();
        touched.clear();
        saveTried = false;
        clearing = false;
        showProblems();
    }

    /**
     * Turns the form into the amendment (变更) of a stored absence: every field pre-filled from it, a reason
     * required, the live answer and the save going through the given previewer and saver (the lifecycle service,
     * which checks the new version against the records without the one it replaces).
     *
     * @param ended runs when the clerk abandons the amendment
     */
    public void amend(Absence original, Person whose, Previewer amendPreview, Amender amendSave, Runnable ended) {
        this.previewer = amendPreview;
        this.amender = Optional.of(amendSave);
        this.amendEnded = ended;
        amending.set(Optional.of(original.id()));
        boolean meeting = original.meeting().isPresent();
        person.set(whose);
        kind.set(original.kind());
        scope.set(meeting ? Scope.OUTSIDE_PROVINCE : original.scope());
        depart.set(original.depart());
        returnDate.set(original.returnDate());
        filed.set(original.filed().orElse(LocalDate.now(clock)));
        destination.set(original.destination().orElse(""));
        reason.set(original.reason().orElse(""));
        contact.set(original.contact().orElse(""));
        actingPerson.set(original.actingPerson().map(this::nameOf).orElse(""));
        convener.set(original.meeting().flatMap(Meeting::convener).flatMap(roster::find).orElse(null));
        if (roster.people().isEmpty()) {
            awaitingRoster = Optional.of(original);
        }
        attachments.set(String.join(";", original.attachments()));
        itinerary.setAll(original.stops());
        meetingType.set(original.meeting().map(Meeting::type).orElse(null));
        amendReason.set("");
        changed();
    }

    private String nameOf(String personIdOrName) {
        return roster.find(personIdOrName).map(Person::displayName).orElse(personIdOrName);
    }

    /** Leaves the amendment without storing anything. */
    public void abandonAmendment() {
        amendEnded.run();
    }

    public ReadOnlyObjectProperty<Optional<String>> amendingProperty() {
        return amending.getReadOnlyProperty();
    }

    /** Why the plan changed; required to store an amendment. */
    public StringProperty amendReasonProperty() {
        return amendReason;
    }

    /** What to do once a request is stored, e.g. open its page. */
    public void onSaved(Consumer<RequestService.Saved> handler) {
        this.afterSave = handler;
    }

    public boolean isReadOnly() {
        return state.access() == AppState.Access.READ_ONLY;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> departProperty() {
        return depart;
    }

    public ObjectProperty<LocalDate> returnDateProperty() {
        return returnDate;
    }

    public ObjectProperty<LocalDate> filedProperty() {
        return filed;
    }

    public StringProperty destinationProperty() {
        return destination;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty actingPersonProperty() {
        return actingPerson;
    }

    public StringProperty attachmentsProperty() {
        return attachments;
    }

    /** The stops of a trip abroad, edited country by country. */
    public ItineraryViewModel itinerary() {
        return itinerary;
    }

    public ObjectProperty<MeetingType> meetingTypeProperty() {
        return meetingType;
    }

    public ObjectProperty<Person> convenerProperty() {
        return convener;
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The problems to show: of touched fields, or all once saving was tried. */
    public ReadOnlyObjectProperty<List<Problem>> shownProblemsProperty() {
        return shownProblems.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<RequestResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the rulebook's answer could not be computed, or empty. */
    public ReadOnlyStringProperty previewFailureProperty() {
        return previewFailure.getReadOnlyProperty();
    }

    public BooleanBinding meetingBinding() {
        return isMeeting;
    }

    public BooleanBinding abroadBinding() {
        return isAbroad;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** Display name of a meeting type, in the engine's words. */
    public String meetingTypeLabel(MeetingType type) {
        return labels.of(type);
    }
}
