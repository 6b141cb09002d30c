package cn.leavedesk.ui.meetings;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.service.MeetingSchedule;
import cn.leavedesk.service.MeetingService;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meeting schedule (会议安排): the meetings between two days with who asked to be excused and whether each can
 * be held under the rulebook's quorum rule, and a form to record a meeting. Everything reads and writes off the
 * JavaFX thread.
 */
public final class MeetingsViewModel {
    /** A month back and a quarter ahead: the meetings a clerk is preparing for, and the last few. */
    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 90;

    /** Where the schedule comes from; the meeting service in the client. */
    public interface Source {
        Optional<MeetingSchedule.QuorumRuleText> rule();

        List<Person> conveners();

        List<MeetingSchedule.Entry> between(LocalDate from, LocalDate to);

        MeetingSchedule.Entry record(LocalDate date, MeetingType type, Optional<String> title,
                                     Optional<String> convener);

        List<MeetingSchedule.MemberChoice> memberChoices(String meetingId);

        MeetingSchedule.Entry changeMembers(String meetingId, List<String> personIds);

        static Source of(MeetingService service, Locale locale) {
            return new Source() {
                @Override
                public Optional<MeetingSchedule.QuorumRuleText> rule() {
                    return service.quorumRule(locale);
                }

                @Override
                public List<Person> conveners() {
                    return service.conveners();
                }

                @Override
                public List<MeetingSchedule.Entry> between(LocalDate from, LocalDate to) {
                    return service.between(from, to);
                }

                @Override
                public MeetingSchedule.Entry record(LocalDate date, MeetingType type, Optional<String> title,
                                                    Optional<String> convener) {
                    return service.record(date, type, title, convener);
                }

                @Override
                public List<MeetingSchedule.MemberChoice> memberChoices(String meetingId) {
                    return service.memberChoices(meetingId);
                }

                @Override
                public MeetingSchedule.Entry changeMembers(String meetingId, List<String> personIds) {
                    return service.changeMembers(meetingId, personIds);
                }
            };
        }
    }

    /** What the schedule and its rule read at once. */
    private record Reading(Optional<MeetingSchedule.QuorumRuleText> rule, List<Person> conveners,
                           List<MeetingSchedule.Entry> meetings) {
    }

    private final Source source;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<MeetingSchedule.Entry> meetings = FXCollections.observableArrayList();
    private final ObservableList<Person> conveners = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper ruleText = new ReadOnlyStringWrapper(this, "ruleText", "");
    private final ReadOnlyStringWrapper rangeProblem = new ReadOnlyStringWrapper(this, "rangeProblem", "");
    private final ObjectProperty<MeetingSchedule.Entry> selected = new SimpleObjectProperty<>(this, "selected");

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<MeetingType> type = new SimpleObjectProperty<>(this, "type", MeetingType.EXECUTIVE);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Person> convener = new SimpleObjectProperty<>(this, "convener");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    private final ReadOnlyStringWrapper typeError = new ReadOnlyStringWrapper(this, "typeError", "");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving", false);
    private long generation;

    /** One person the clerk may tick as a member of the selected meeting. */
    public record MemberRow(Person person, BooleanProperty chosen) {
    }

    private final ObservableList<MemberRow> memberRows = FXCollections.observableArrayList();
    private final BooleanProperty editingMembers = new SimpleBooleanProperty(this, "editingMembers", false);
    private final ReadOnlyStringWrapper membersError = new ReadOnlyStringWrapper(this, "membersError", "");
    private final ReadOnlyStringWrapper membersHeading = new ReadOnlyStringWrapper(this, "membersHeading", "");
    private MeetingSchedule.Entry editing;

    public MeetingsViewModel(Source source, DialogService dialogs, TaskExecutor tasks, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        LocalDate today = LocalDate.now(clock);
        from.set(today.minusDays(DAYS_BACK));
        to.set(today.plusDays(DAYS_AHEAD));
        date.set(today);
        from.addListener((o, was, now) -> refresh());
        to.addListener((o, was, now) -> refresh());
        // A field's message goes as soon as the clerk changes it.
        date.addListener((o, was, now) -> dateError.set(""));
        type.addListener((o, was, now) -> typeError.set(""));
        selected.addListener((o, was, now) -> {
            // choosing another meeting leaves an unsaved edit of the members
            if (editing != null && (now == null || !now.id().equals(editing.id()))) {
                cancelMembers();
            }
            membersHeading.set(now == null ? "" : now.quorum().map(q -> I18n.tr("meetings.members.summary",
                    DomainLabels.meetingType(now.type()), now.date().toString(), q.total())).orElse(""));
        });
    }

    /** Whether the selected meeting has members to edit: one the office's quorum rule governs. */
    public boolean canEditMembers() {
        return selected.get() != null && selected.get().quorum().isPresent();
    }

    /** Starts editing the selected meeting's members: everyone who may be one, ticked when they are. */
    public void editMembers() {
        if (!canEditMembers()) {
            return;
        }
        MeetingSchedule.Entry meeting = selected.get();
        tasks.execute(BackgroundTask.of(progress -> source.memberChoices(meeting.id()))
                .onSuccess(choices -> {
                    editing = meeting;
                    memberRows.setAll(choices.stream().map(c -> new MemberRow(c.person(),
                            new SimpleBooleanProperty(c.member()))).toList());
                    memberRows.forEach(row -> row.chosen().addListener((o, was, now) -> membersError.set("")));
                    membersError.set("");
                    membersHeading.set(I18n.tr("meetings.members.editing", DomainLabels.meetingType(meeting.type()),
                            meeting.date().toString()));
                    editingMembers.set(true);
                })
                .onFailure(e -> dialogs.showError(I18n.tr("meetings.refused.title"),
                        refusal(e, meeting.type(), meeting.date()))));
    }

    /** Stores the ticked members; nobody ticked is said beside the list and nothing is written. */
    public void saveMembers() {
        if (editing == null || saving.get()) {
            return;
        }
        List<String> chosen = memberRows.stream().filter(r -> r.chosen().get()).map(r -> r.person().id()).toList();
        if (chosen.isEmpty()) {
            membersError.set(I18n.tr("meetings.members.problem.none"));
            return;
        }
        MeetingSchedule.Entry meeting = editing;
        saving.set(true);
        tasks.execute(BackgroundTask.of(progress -> source.changeMembers(meeting.id(), chosen))
                .onSuccess(entry -> {
                    saving.set(false);
                    dialogs.notify(I18n.tr("meetings.members.saved", DomainLabels.meetingType(meeting.type()),
                            meeting.date().toString(), chosen.size()));
                    stopEditing();
                    selected.set(entry);
                    refresh();
                })
                .onFailure(e -> {
                    saving.set(false);
                    dialogs.showError(I18n.tr("meetings.refused.title"), refusal(e, meeting.type(), meeting.date()));
                }));
    }

    /** Leaves the members as they are recorded. */
    public void cancelMembers() {
        MeetingSchedule.Entry shown = selected.get();
        stopEditing();
        membersHeading.set(shown == null ? "" : shown.quorum().map(q -> I18n.tr("meetings.members.summary",
                DomainLabels.meetingType(shown.type()), shown.date().toString(), q.total())).orElse(""));
    }

    private void stopEditing() {
        editing = null;
        editingMembers.set(false);
        memberRows.clear();
        membersError.set("");
    }

    /** Reads the rule and the meetings of the chosen days again. */
    public void refresh() {
        long mine = ++generation;
        if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
            rangeProblem.set(I18n.tr(from.get() == null || to.get() == null ? "meetings.range.missing"
                    : "meetings.range.reversed"));
            return;
        }
        rangeProblem.set("");
        LocalDate start = from.get();
        LocalDate end = to.get();
        tasks.execute(BackgroundTask.of(progress -> new Reading(source.rule(), source.conveners(),
                source.between(start, end))).onSuccess(reading -> {
            if (mine == generation) {
                show(reading);
            }
        }));
    }

    private void show(Reading reading) {
        ruleText.set(reading.rule().map(r -> I18n.tr("meetings.rule", r.article(), r.summary()))
                .orElse(I18n.tr("meetings.rule.none")));
        if (!conveners.equals(reading.conveners())) {
            conveners.setAll(reading.conveners());
        }
        String keep = selected.get() == null ? null : selected.get().id();
        meetings.setAll(reading.meetings());
        selected.set(reading.meetings().stream().filter(m -> m.id().equals(keep)).findFirst().orElse(null));
    }

    /**
     * Records the meeting the form describes. A missing day or type is said beside its field and nothing is
     * written; a refusal (a second meeting of the type that day) is said in a dialog; on success the form keeps
     * its values for the next meeting and the list is read again.
     */
    public void record() {
        boolean ok = true;
        if (date.get() == null) {
            dateError.set(I18n.tr("meetings.field.date.missing"));
            ok = false;
        }
        if (type.get() == null) {
            typeError.set(I18n.tr("meetings.field.type.missing"));
            ok = false;
        }
        if (!ok || saving.get()) {
            return;
        }
        LocalDate day = date.get();
        MeetingType kind = type.get();
        Optional<String> name = Optional.ofNullable(title.get()).map(String::strip).filter(t -> !t.isEmpty());
        Optional<String> by = Optional.ofNullable(convener.get()).map(Person::id);
        saving.set(true);
        tasks.execute(BackgroundTask.of(progress -> source.record(day, kind, name, by))
                .onSuccess(entry -> {
                    saving.set(false);
                    dialogs.notify(I18n.tr("meetings.recorded", DomainLabels.meetingType(kind), day.toString()));
                    title.set("");
                    refresh();
                })
                .onFailure(e -> {
                    saving.set(false);
                    dialogs.showError(I18n.tr("meetings.refused.title"), refusal(e, kind, day));
                }));
    }

    static String refusal(Exception e, MeetingType kind, LocalDate day) {
        if (e instanceof MeetingSchedule.RefusedException refused) {
            return switch (refused.reason()) {
                case SAME_DAY_AND_TYPE -> I18n.tr("meetings.refused.sameDay", day.toString(),
                        DomainLabels.meetingType(kind));
                case UNKNOWN_CONVENER -> I18n.tr("meetings.refused.convener");
                case UNKNOWN_MEETING -> I18n.tr("meetings.refused.meeting");
                case NOT_RULED -> I18n.tr("meetings.refused.notRuled");
                case NO_MEMBERS -> I18n.tr("meetings.refused.noMembers");
                case UNKNOWN_MEMBER -> I18n.tr("meetings.refused.member");
            };
        }
        return I18n.tr("meetings.refused.failed", String.valueOf(e.getMessage()));
    }

    /** The quorum column: "可以召开（5/7 出席）", "不足半数（2/7 出席）", or that the rule does not govern the type. */
    public static String quorumText(MeetingSchedule.Entry entry) {
        return entry.quorum().map(q -> I18n.tr(q.holds() ? "meetings.quorum.holds" : "meetings.quorum.fails",
                q.present(), q.total())).orElse(I18n.tr("meetings.quorum.notRuled"));
    }

    /** The excused column: names, comma-separated, or a dash. */
    public static String excusedText(MeetingSchedule.Entry entry) {
        return entry.excused().isEmpty() ? I18n.tr("meetings.none") : entry.excused().stream()
                .map(e -> e.person().displayName()).collect(Collectors.joining(I18n.tr("meetings.separator")));
    }

    /** Members away on a trip or leave that day: not excused from the meeting, but not there either. */
    public static String awayText(MeetingSchedule.Entry entry) {
        List<String> away = entry.quorum().map(q -> q.members().stream()
                .filter(m -> m.awayFor().filter(Absence::awayFromPost).isPresent())
                .map(m -> m.person().displayName()).toList()).orElse(List.of());
        return away.isEmpty() ? I18n.tr("meetings.none") : String.join(I18n.tr("meetings.separator"), away);
    }

    /** A member's line in the details: name, role and whether they are there, and if not, why. */
    public static String memberText(MeetingSchedule.Member member) {
        String who = I18n.tr("meetings.member", member.person().displayName(), DomainLabels.role(member.person().role()));
        // An excusal says its reason where one is given; a trip or leave says what it is and for which days.
        return member.awayFor().map(a -> a.awayFromPost()
                ? I18n.tr("meetings.member.away", who, DomainLabels.kind(a.kind()), a.depart().toString(),
                        a.returnDate().toString())
                : I18n.tr("meetings.member.excused", who, a.reason().orElseGet(() -> DomainLabels.kind(a.kind()))))
                .orElseGet(() -> I18n.tr("meetings.member.present", who));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<MeetingSchedule.Entry> meetings() {
        return meetings;
    }

    public ObservableList<Person> conveners() {
        return conveners;
    }

    public ReadOnlyStringProperty ruleTextProperty() {
        return ruleText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rangeProblemProperty() {
        return rangeProblem.getReadOnlyProperty();
    }

    /** The meeting whose members the details show. */
    public ObjectProperty<MeetingSchedule.Entry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<MeetingType> typeProperty() {
        return type;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Person> convenerProperty() {
        return convener;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typeErrorProperty() {
        return typeError.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** Everyone who may be ticked as a member while the members are being edited. */
    public ObservableList<MemberRow> memberRows() {
        return memberRows;
    }

    public BooleanProperty editingMembersProperty() {
        return editingMembers;
    }

    public ReadOnlyStringProperty membersErrorProperty() {
        return membersError.getReadOnlyProperty();
    }

    /** Above the members: the selected meeting and how many members it has, or what is being edited. */
    public ReadOnlyStringProperty membersHeadingProperty() {
        return membersHeading.getReadOnlyProperty();
    }
}
