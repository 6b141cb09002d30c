package cn.leavedesk.ui.away;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.service.AwayTimeline;
import cn.leavedesk.ui.AbsenceOpener;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Who is away, as a timeline: a row per person (a lane per overlapping absence), a column per day with days off
 * shaded, the months above the days, and a strip naming who presides on each day the mayor is away (red where
 * nobody does). Day, week and month views step through the calendar; a double click on a bar opens its absence. A plain GridPane: a few hundred rows cost a few
 * hundred bars, and the shading is one node per day, not per cell.
 */
public final class AwayView extends VBox {
    private static final double NAME_WIDTH = 170;
    /** A month on a 1366-pixel screen fits without scrolling: 31 days of 27 pixels beside narrower names. */
    private static final double NARROW_NAME_WIDTH = 140;
    private static final double MIN_DAY_WIDTH = 27;
    /** Ranges longer than this have day columns too narrow for a name. */
    private static final int NARROW_AFTER_DAYS = 21;

    private final GridPane grid = new GridPane();

    private final AwayViewModel viewModel;

    public AwayView(AwayViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("ld-page", "ld-away");
        FlowPane legendBox = legend();

        Label title = new Label(I18n.tr("nav.whoIsAway"));
        title.getStyleClass().add(Styles.TITLE_2);
        DatePicker from = datePicker("away-from", viewModel.fromProperty().get());
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("away-to", viewModel.toProperty().get());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Button refresh = new Button(I18n.tr("away.refresh"), Icons.REFRESH.create());
        refresh.setId("away-refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Label summary = new Label();
        summary.setId("away-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(Bindings.when(viewModel.problemProperty().isEmpty())
                .then(viewModel.summaryProperty()).otherwise(viewModel.problemProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(title, spring, summary, new Label(I18n.tr("away.from")), from,
                new Label(I18n.tr("away.to")), to, refresh);

        HBox views = new HBox();
        views.getStyleClass().add("ld-away-views");
        ToggleGroup spans = new ToggleGroup();
        for (AwayViewModel.Span span : List.of(AwayViewModel.Span.DAY, AwayViewModel.Span.WEEK,
                AwayViewModel.Span.MONTH)) {
            ToggleButton button = new ToggleButton(span.label());
            button.setId("away-span-" + span.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(spans);
            button.setUserData(span);
            button.setOnAction(e -> viewModel.show(span));
            views.getChildren().add(button);
        }
        // The buttons follow the view model: picking days by hand leaves none of them pressed.
        viewModel.spanProperty().addListener((o, was, now) -> spans.getToggles().forEach(t -> t.setSelected(
                t.getUserData() == now)));
        views.getStyleClass().add(Styles.LEFT_PILL);
        Button previous = new Button(I18n.tr("away.previous"));
        previous.setId("away-previous");
        previous.setOnAction(e -> viewModel.previous());
        Button today = new Button(I18n.tr("away.today"));
        today.setId("away-today");
        today.setOnAction(e -> viewModel.today());
        Button next = new Button(I18n.tr("away.next"));
        next.setId("away-next");
        next.setOnAction(e -> viewModel.next());
        HBox stepping = new HBox(4, views, previous, today, next);
        stepping.setAlignment(Pos.CENTER_LEFT);
        stepping.setId("away-stepping");
        // the buttons keep their names in a narrow window; the legend beside them wraps instead
        views.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        for (Region button : List.of(views, previous, today, next, stepping)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        VBox warnings = new VBox();
        warnings.setId("away-warnings");
        warnings.getStyleClass().add("ld-banner-danger");
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        Label warningTitle = new Label(I18n.tr("away.unpresided.title"), Icons.NO_PRESIDER.create());
        warningTitle.getStyleClass().add("ld-banner-title");
        VBox warningLines = new VBox();
        warningLines.setId("away-warning-lines");
        viewModel.warnings().addListener((ListChangeListener<String>) c -> warningLines.getChildren()
                .setAll(viewModel.warnings().stream().map(Label::new).toList()));
        warnings.getChildren().addAll(warningTitle, warningLines);

        grid.setId("away-timeline");
        grid.getStyleClass().add("ld-timeline");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("ld-timeline-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label notice = new Label();
        notice.setId("away-calendar-notice");
        notice.getStyleClass().add("ld-calendar-notice");
        notice.textProperty().bind(viewModel.calendarNoticeProperty());
        notice.visibleProperty().bind(viewModel.calendarNoticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        HBox.setHgrow(legendBox, Priority.ALWAYS);
        HBox secondLine = new HBox(16, stepping, legendBox);
        secondLine.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, secondLine, warnings, notice, scroll);
        viewModel.timelineProperty().addListener((o, was, now) -> now.ifPresent(this::draw));
        viewModel.timelineProperty().get().ifPresent(this::draw);
        // The screen is kept once built; reading again each time it is shown picks up new records.
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.refresh();
            }
        });
    }

    private static DatePicker datePicker(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setPrefWidth(140);
        // ISO days, as the register shows them, whatever the OS's date format is.
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        return picker;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(16, 4);
        legend.setId("away-legend");
        legend.getStyleClass().add("ld-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Kind kind : Kind.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("ld-swatch", kindClass(kind));
            legend.getChildren().add(new Label(DomainLabels.kind(kind), swatch));
        }
        Region off = new Region();
        off.getStyleClass().addAll("ld-swatch", "ld-day-off");
        legend.getChildren().add(new Label(I18n.tr("away.legend.dayOff"), off));
        Label makeUp = new Label(I18n.tr("away.legend.makeUp"));
        makeUp.getStyleClass().add(Styles.TEXT_MUTED);
        legend.getChildren().add(makeUp);
        legend.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        return legend;
    }

    static String kindClass(Kind kind) {
        return switch (kind) {
            case BUSINESS_TRIP -> "ld-kind-business-trip";
            case OFFICIAL_VISIT -> "ld-kind-official-visit";
            case LEAVE -> "ld-kind-leave";
            case OTHER_ABSENCE -> "ld-kind-other-absence";
            case MEETING_ABSENCE -> "ld-kind-meeting-absence";
        };
    }

    private void draw(AwayTimeline timeline) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        double nameWidth = timeline.days().size() > NARROW_AFTER_DAYS ? NARROW_NAME_WIDTH : NAME_WIDTH;
        ColumnConstraints names = new ColumnConstraints(nameWidth, nameWidth, nameWidth);
        grid.getColumnConstraints().add(names);
        List<AwayTimeline.Day> days = timeline.days();
        for (int i = 0; i < days.size(); i++) {
            ColumnConstraints day = new ColumnConstraints(MIN_DAY_WIDTH, 44, Double.MAX_VALUE);
            day.setHgrow(Priority.ALWAYS);
            day.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(day);
        }

        List<List<List<Absence>>> lanes = timeline.rows().stream().map(r -> lanes(r.absences())).toList();
        int rowCount = lanes.stream().mapToInt(List::size).sum();
        Set<LocalDate> unpresided = timeline.unpresided().stream().map(AwayTimeline.Unpresided::day)
                .collect(Collectors.toSet());

        // Row 0: the months, so that a long range says where it is; row 1: the days; row 2: who presides.
        for (AwayViewModel.MonthSpan month : AwayViewModel.months(days)) {
            Label label = new Label(month.label());
            label.getStyleClass().add("ld-month-head");
            label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            grid.add(label, month.first() + 1, 0, month.days(), 1);
        }
        Label corner = new Label(I18n.tr("away.column.person"));
        corner.getStyleClass().add("ld-timeline-corner");
        corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        grid.add(corner, 0, 0, 1, 2);
        List<AwayViewModel.PresidingSegment> presiding = AwayViewModel.segments(timeline);
        int firstPersonRow = presiding.isEmpty() ? 2 : 3;
        DateTimeFormatter dayOfMonth = DateTimeFormatter.ofPattern(I18n.tr(days.size() > NARROW_AFTER_DAYS
                ? "away.headFormat.narrow" : "away.headFormat"), AwayViewModel.dateLocale());
        for (int i = 0; i < days.size(); i++) {
            AwayTimeline.Day day = days.get(i);
            if (day.type().isDayOff() && rowCount > 0) {
                Region shade = new Region();
                shade.getStyleClass().add("ld-day-off");
                grid.add(shade, i + 1, firstPersonRow, 1, rowCount);
            }
            Label head = new Label(dayOfMonth.format(day.date()) + mark(day.type()));
            head.getStyleClass().add("ld-day-head");
            if (day.type().isDayOff()) {
                head.getStyleClass().add("ld-day-head-off");
            }
            if (unpresided.contains(day.date())) {
                head.getStyleClass().add("ld-day-head-unpresided");
                head.setTooltip(new Tooltip(I18n.tr("away.unpresided.title")));
            }
            head.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            head.setAlignment(Pos.CENTER);
            grid.add(head, i + 1, 1);
        }
        if (!presiding.isEmpty()) {
            Label who = new Label(I18n.tr("away.presiding.row"));
            who.setId("away-presiding-title");
            who.getStyleClass().add("ld-presiding-title");
            who.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            grid.add(who, 0, 2);
            for (AwayViewModel.PresidingSegment segment : presiding) {
                // On a month's narrow columns a one-day "nobody" keeps only its mark; the tooltip says the rest.
                boolean narrow = days.size() > NARROW_AFTER_DAYS && segment.from().equals(segment.to());
                Label cell = new Label(narrow && segment.nobody() ? I18n.tr("away.presiding.short") : segment.text());
                cell.getStyleClass().add(segment.nobody() ? "ld-presiding-nobody" : "ld-presiding");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMinWidth(0);
                Tooltip tip = new Tooltip(segment.detail());
                tip.setShowDelay(Duration.millis(200));
                cell.setTooltip(tip);
                GridPane.setFillWidth(cell, true);
                grid.add(cell, column(timeline, segment.from()), 2,
                        (int) ChronoUnit.DAYS.between(segment.from(), segment.to()) + 1, 1);
            }
        }

        int row = firstPersonRow;
        for (int p = 0; p < timeline.rows().size(); p++) {
            AwayTimeline.Row person = timeline.rows().get(p);
            List<List<Absence>> personLanes = lanes.get(p);
            Region line = new Region();
            line.getStyleClass().add("ld-timeline-row");
            grid.add(line, 0, row, days.size() + 1, personLanes.size());
            Label name = new Label(person.person().displayName());
            name.getStyleClass().add("ld-timeline-name");
            Label role = new Label(DomainLabels.role(person.person().role()));
            role.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox who = new HBox(6, name, role);
            who.setAlignment(Pos.CENTER_LEFT);
            who.setPadding(new Insets(0, 6, 0, 8));
            grid.add(who, 0, row, 1, personLanes.size());
            for (List<Absence> lane : personLanes) {
                for (Absence absence : lane) {
                    Node bar = bar(absence);
                    grid.add(bar, column(timeline, absence.depart()), row, span(timeline, absence), 1);
                }
                row++;
            }
        }
    }

    private static String mark(AwayTimeline.DayType type) {
        return switch (type) {
            case HOLIDAY -> "\n" + I18n.tr("away.mark.holiday");
            case MAKE_UP_WORKDAY -> "\n" + I18n.tr("away.mark.makeUp");
            case WORKDAY, WEEKEND -> "";
        };
    }

    private static int column(AwayTimeline timeline, LocalDate depart) {
        LocalDate start = depart.isBefore(timeline.from()) ? timeline.from() : depart;
        return (int) ChronoUnit.DAYS.between(timeline.from(), start) + 1;
    }

    private static int span(AwayTimeline timeline, Absence absence) {
        LocalDate start = absence.depart().isBefore(timeline.from()) ? timeline.from() : absence.depart();
        LocalDate end = absence.returnDate().isAfter(timeline.to()) ? timeline.to() : absence.returnDate();
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** A click on a bar opens that absence's page. */
    public AwayView openingAbsencesWith(AbsenceOpener absenceOpener) {
        viewModel.setOnOpenAbsence(absence -> absenceOpener.open(absence.id()));
        return this;
    }

    private Node bar(Absence absence) {
        Label bar = new Label(AwayViewModel.barText(absence));
        bar.getStyleClass().addAll("ld-bar", kindClass(absence.kind()));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinWidth(0);
        Tooltip tip = new Tooltip(AwayViewModel.describe(absence));
        tip.setShowDelay(Duration.millis(200));
        bar.setTooltip(tip);
        bar.setOnMouseClicked(e -> viewModel.openAbsence(absence));
        GridPane.setFillWidth(bar, true);
        return bar;
    }

    /** Absences of one person that overlap go on separate lanes, so that no bar hides another. */
    static List<List<Absence>> lanes(List<Absence> absences) {
        List<List<Absence>> lanes = new ArrayList<>();
        for (Absence absence : absences) {
            Optional<List<Absence>> free = lanes.stream()
                    .filter(lane -> lane.stream().noneMatch(absence::overlaps)).findFirst();
            free.orElseGet(() -> {
                List<Absence> lane = new ArrayList<>();
                lanes.add(lane);
                return lane;
            }).add(absence);
        }
        return lanes;
    }
}
