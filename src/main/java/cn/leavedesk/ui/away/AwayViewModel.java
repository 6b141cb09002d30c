package cn.leavedesk.ui.away;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.service.AwayService;
import cn.leavedesk.service.AwayTimeline;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who is away between two chosen days, or over a day, a week or a month stepped through; who presides while the
 * mayor is away. Reads the timeline off the JavaFX thread whenever the days change.
 */
public final class AwayViewModel {
    /** Two weeks from today: what a clerk preparing the week's schedule looks at first. */
    static final int DEFAULT_DAYS = 14;
    /** Fewer days of a month than this in the range, and its label leaves out the year. */
    static final int NARROW_MONTH_DAYS = 3;

    /** What the range is: one day, a week from Monday, a calendar month, or days chosen freely. */
    public enum Span {
        DAY, WEEK, MONTH, CUSTOM;

        public String label() {
            return I18n.tr(switch (this) {
                case DAY -> "away.span.day";
                case WEEK -> "away.span.week";
                case MONTH -> "away.span.month";
                case CUSTOM -> "away.span.custom";
            });
        }
    }

    /**
     * Consecutive days the mayor is away with the same presider (or nobody), as the presiding strip shows them.
     *
     * @param nobody nobody presides: no one is named, or the one named is away too
     */
    public record PresidingSegment(LocalDate from, LocalDate to, String text, String detail, boolean nobody) {
    }

    /** A month's label over its days in the range; {@code first} is the index of its first day. */
    public record MonthSpan(String label, int first, int days) {
    }

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
    private final ObjectProperty<Span> span = new SimpleObjectProperty<>(this, "span", Span.CUSTOM);
    private final Clock clock;
    private Consumer<Absence> onOpenAbsence = absence -> { };
    /** Only the newest request may show, whichever finishes last. */
    private long generation;
    /** Set while both days change together, so that the range is read once, never half-changed. */
    private boolean moving;

    public AwayViewModel(Source source, TaskExecutor tasks, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        LocalDate today = LocalDate.now(clock);
        from.set(today);
        to.set(today.plusDays(DEFAULT_DAYS - 1));
        from.addListener((o, was, now) -> changed());
        to.addListener((o, was, now) -> changed());
    }

    private void changed() {
        if (!moving) {
            // Days picked by hand are a range of their own, whatever view was chosen before.
            span.set(Span.CUSTOM);
            refresh();
        }
    }

    /** Shows the day, week or month around the first day chosen (today when none is). */
    public void show(Span chosen) {
        LocalDate anchor = from.get() == null ? LocalDate.now(clock) : from.get();
        setRange(chosen, anchor);
    }

    /** The previous day, week or month; for days chosen freely, as many days before. */
    public void previous() {
        step(-1);
    }

    /** The next day, week or month; for days chosen freely, as many days after. */
    public void next() {
        step(1);
    }

    /** The day, week or month of today. */
    public void today() {
        setRange(span.get() == Span.CUSTOM ? Span.DAY : span.get(), LocalDate.now(clock));
    }

    private void step(int direction) {
        LocalDate start = from.get() == null ? LocalDate.now(clock) : from.get();
        switch (span.get()) {
            case DAY -> setRange(Span.DAY, start.plusDays(direction));
            case WEEK -> setRange(Span.WEEK, start.plusWeeks(direction));
            case MONTH -> setRange(Span.MONTH, start.plusMonths(direction));
            case CUSTOM -> {
                if (to.get() == null || to.get().isBefore(start)) {
                    return;
                }
                long length = ChronoUnit.DAYS.between(start, to.get()) + 1;
                move(Span.CUSTOM, start.plusDays(direction * length), to.get().plusDays(direction * length));
            }
        }
    }

    private void setRange(Span chosen, LocalDate anchor) {
        switch (chosen) {
            case DAY, CUSTOM -> move(Span.DAY, anchor, anchor);
            case WEEK -> {
                LocalDate monday = anchor.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.MONDAY));
                move(Span.WEEK, monday, monday.plusDays(6));
            }
            case MONTH -> move(Span.MONTH, anchor.withDayOfMonth(1), anchor.withDayOfMonth(anchor.lengthOfMonth()));
        }
    }

    private void move(Span chosen, LocalDate start, LocalDate end) {
        moving = true;
        try {
            from.set(start);
            to.set(end);
            span.set(chosen);
        } finally {
            moving = false;
        }
        refresh();
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

    /** The presiding strip: consecutive days with the same presider merged, nobody presiding said plainly. */
    static List<PresidingSegment> segments(AwayTimeline timeline) {
        List<PresidingSegment> segments = new ArrayList<>();
        AwayTimeline.PresidingDay open = null;
        LocalDate openFrom = null;
        for (AwayTimeline.PresidingDay day : timeline.presiding()) {
            boolean continues = open != null && open.day().plusDays(1).equals(day.day())
                    && open.presider().equals(day.presider()) && open.presiderAway() == day.presiderAway();
            if (!continues && open != null) {
                segments.add(segment(openFrom, open));
            }
            if (!continues) {
                openFrom = day.day();
            }
            open = day;
        }
        if (open != null) {
            segments.add(segment(openFrom, open));
        }
        return List.copyOf(segments);
    }

    private static PresidingSegment segment(LocalDate start, AwayTimeline.PresidingDay last) {
        String mayor = last.mayor().displayName();
        if (last.presider().isEmpty()) {
            return new PresidingSegment(start, last.day(), I18n.tr("away.presiding.nobodyNamed"),
                    I18n.tr("away.presiding.nobodyNamed.detail", mayor), true);
        }
        Person presider = last.presider().get();
        String article = last.article().orElse("");
        if (last.presiderAway()) {
            return new PresidingSegment(start, last.day(), I18n.tr("away.presiding.away"),
                    I18n.tr("away.presiding.away.detail", mayor, presider.displayName(), article), true);
        }
        return new PresidingSegment(start, last.day(), presider.displayName(), I18n.tr("away.presiding.detail",
                mayor, DomainLabels.role(presider.role()), presider.displayName(), article), false);
    }

    /** Month labels over the days, one per month the range touches. */
    static List<MonthSpan> months(List<AwayTimeline.Day> days) {
        List<MonthSpan> months = new ArrayList<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(I18n.tr("away.monthFormat"), dateLocale());
        // A month with only a day or two in the range has no room for its year.
        DateTimeFormatter narrow = DateTimeFormatter.ofPattern(I18n.tr("away.monthFormat.narrow"), dateLocale());
        int first = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || !YearMonth.from(days.get(i).date()).equals(YearMonth.from(days.get(first).date()))) {
                int length = i - first;
                months.add(new MonthSpan((length < NARROW_MONTH_DAYS ? narrow : format).format(days.get(first).date()),
                        first, length));
                first = i;
            }
        }
        return List.copyOf(months);
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

    /** The view shown; CUSTOM once days are picked by hand. */
    public ReadOnlyObjectProperty<Span> spanProperty() {
        return span;
    }

    /** Opens an absence from its bar. */
    public void openAbsence(Absence absence) {
        onOpenAbsence.accept(absence);
    }

    /** What opening an absence from its bar does; nothing until the client sets the absence page here. */
    public void setOnOpenAbsence(Consumer<Absence> action) {
        onOpenAbsence = Objects.requireNonNull(action, "action");
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
