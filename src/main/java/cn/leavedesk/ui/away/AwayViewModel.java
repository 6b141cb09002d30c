package cn.leavedesk.ui.away;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.service.AwayService;
import cn.leavedesk.service.AwayTimeline;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Who is away between two chosen days; reads the timeline off the JavaFX thread whenever a day changes. */
public final class AwayViewModel {
    /** Two weeks from today: what a clerk preparing the week's schedule looks at first. */
    static final int DEFAULT_DAYS = 14;

    /** Where the timeline comes from; the service in the client, a fake in tests. */
    @FunctionalInterface
    public interface Source {
        AwayTimeline timeline(LocalDate from, LocalDate to);
    }

    private final Source source;
    private final TaskExecutor tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<Optional<AwayTimeline>> timeline =
            new ReadOnlyObjectWrapper<>(this, "timeline", Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper calendarNotice = new ReadOnlyStringWrapper(this, "calendarNotice", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    /** Only the newest request may show, whichever finishes last. */
    private long generation;

    public AwayViewModel(Source source, TaskExecutor tasks, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        LocalDate today = LocalDate.now(clock);
        from.set(today);
        to.set(today.plusDays(DEFAULT_DAYS - 1));
        from.addListener((o, was, now) -> refresh());
        to.addListener((o, was, now) -> refresh());
    }

    /** Reads the timeline again for the chosen days; a range the screen cannot draw says why instead. */
    public void refresh() {
        long mine = ++generation;
        Optional<String> invalid = rangeProblem(from.get(), to.get());
        if (invalid.isPresent()) {
            problem.set(invalid.get());
            return;
        }
        problem.set("");
        LocalDate start = from.get();
        LocalDate end = to.get();
        tasks.execute(BackgroundTask.of(progress -> source.timeline(start, end)).onSuccess(result -> {
            if (mine == generation) {
                show(result);
            }
        }));
    }

    static Optional<String> rangeProblem(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return Optional.of(I18n.tr("away.range.missing"));
        }
        if (end.isBefore(start)) {
            return Optional.of(I18n.tr("away.range.reversed"));
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > AwayService.MAX_DAYS) {
            return Optional.of(I18n.tr("away.range.tooLong", AwayService.MAX_DAYS));
        }
        return Optional.empty();
    }

    private void show(AwayTimeline result) {
        timeline.set(Optional.of(result));
        summary.set(result.rows().isEmpty()
                ? I18n.tr("away.nobody")
                : I18n.tr("away.summary", result.rows().size(), result.days().size()));
        calendarNotice.set(result.unknownYears().isEmpty() ? "" : I18n.tr("away.unknownYears",
                result.unknownYears().stream().map(String::valueOf).collect(Collectors.joining(I18n.tr("counts.quota.separator")))));
        warnings.setAll(result.unpresided().stream().map(AwayViewModel::warning).toList());
    }

    static String warning(AwayTimeline.Unpresided day) {
        return I18n.tr("away.unpresided", dayLabel(day.day()), DomainLabels.role(day.mayor().role()),
                day.mayor().displayName(), DomainLabels.role(day.presider().role()), day.presider().displayName());
    }

    /** "11月25日 周三", as the warnings and tooltips name a day. */
    static String dayLabel(LocalDate day) {
        return DateTimeFormatter.ofPattern(I18n.tr("away.dayFormat"), dateLocale()).format(day);
    }

    /**
     * The locale for day and weekday names. The Chinese bundle is the base one, whose own locale is ROOT, and the
     * JVM's default may be English; so the bundle names its locale.
     */
    public static Locale dateLocale() {
        return Locale.forLanguageTag(I18n.tr("away.dateLocale"));
    }

    /** A bar's tooltip: kind, days, destination and reason. */
    public static String describe(Absence absence) {
        StringBuilder text = new StringBuilder(I18n.tr("away.bar.dates", DomainLabels.kind(absence.kind()),
                dayLabel(absence.depart()), dayLabel(absence.returnDate()), absence.days()));
        absence.destination().ifPresent(d -> text.append('\n').append(I18n.tr("away.bar.destination", d)));
        absence.reason().ifPresent(r -> text.append('\n').append(I18n.tr("away.bar.reason", r)));
        return text.toString();
    }

    /** What a bar says when it is wide enough: the destination, else the kind. */
    public static String barText(Absence absence) {
        return absence.destination().filter(d -> !d.isBlank()).orElseGet(() -> DomainLabels.kind(absence.kind()));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The last timeline read; empty until the first one arrives. */
    public ReadOnlyObjectProperty<Optional<AwayTimeline>> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** Why the chosen days cannot be shown; empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Says when a year of the range has no official holiday schedule; empty otherwise. */
    public ReadOnlyStringProperty calendarNoticeProperty() {
        return calendarNotice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per day on which nobody presides over the government's work. */
    public ObservableList<String> warnings() {
        return warnings;
    }
}
