package cn.leavedesk.ui.absence;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.Labels;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.service.AbsenceDetails;
import cn.leavedesk.service.AbsenceDetails.DutyLine;
import cn.leavedesk.service.AbsenceDetails.EventLine;
import cn.leavedesk.service.AbsenceDetails.StepLine;
import cn.leavedesk.service.StepStatus;
import cn.leavedesk.ui.Countries;
import cn.leavedesk.ui.Dates;
import cn.leavedesk.ui.DayConverter;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.absence.AbsenceViewModel.Action;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The absence page: the person, kind, dates and verdict in the header with the actions beside them; the facts, the
 * itinerary and the findings on the left; the chain as a checklist, the duties after return and the attachments on
 * the right; the history at the bottom, newest first. A read-only window shows no changing action. The page is
 * rebuilt from the view model whenever the absence is read again: it is small and changes as a whole.
 */
public final class AbsenceView extends StackPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AbsenceViewModel viewModel;
    private final Runnable back;
    private final Supplier<Optional<Node>> amendForm;
    private final Labels labels = Labels.of(I18n.current().locale());
    private final Countries countries = Countries.current();
    private final VBox page = new VBox();
    private final VBox header = new VBox();
    private final VBox actionForm = new VBox();
    private final HBox columns = new HBox();
    private final VBox left = new VBox();
    private final VBox right = new VBox();
    private final VBox history = new VBox();

    /**
     * @param back      leaves the page (the back button and Esc)
     * @param amendForm the request form, pre-filled, for a 变更; empty when none can open
     */
    /** The printed forms' actions, when the client offers printing (some tests do not). */
    private cn.leavedesk.ui.print.PrintActions printing;

    public AbsenceView(AbsenceViewModel viewModel, Runnable back, Supplier<Optional<Node>> amendForm) {
        this.viewModel = viewModel;
        this.back = back;
        this.amendForm = amendForm;
        setId("absence-page");
        getStyleClass().add("ld-absence");
        // What a drop on the page does, reachable for UI tests (TestFX cannot drag from the OS file manager).
        getProperties().put(AbsenceViewModel.class, viewModel);

        page.getStyleClass().addAll("ld-page", "ld-absence-page");
        actionForm.setId("absence-action-form");
        actionForm.getStyleClass().add("ld-action-form");
        columns.getStyleClass().add("ld-absence-columns");
        columns.setSpacing(12);
        left.setSpacing(12);
        right.setSpacing(12);
        left.getStyleClass().add("ld-absence-column");
        right.getStyleClass().add("ld-absence-column");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setMaxWidth(Double.MAX_VALUE);
        right.setMaxWidth(Double.MAX_VALUE);
        left.prefWidthProperty().bind(columns.widthProperty().multiply(0.45));
        right.prefWidthProperty().bind(columns.widthProperty().multiply(0.55));
        columns.getChildren().addAll(left, right);
        history.setId("absence-history");
        history.getStyleClass().addAll("ld-section", "ld-absence-history");

        VBox body = new VBox(12, columns, history);
        body.getStyleClass().add("ld-absence-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        page.getChildren().addAll(header, actionForm, scroll);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("absence-busy");
        spinner.getStyleClass().add("ld-absence-busy");
        spinner.visibleProperty().bind(viewModel.busyProperty());
        spinner.setMaxSize(48, 48);
        StackPane.setAlignment(spinner, Pos.TOP_RIGHT);
        getChildren().addAll(page, spinner);

        viewModel.detailsProperty().addListener((o, old, now) -> showDetails());
        viewModel.failureProperty().addListener((o, old, now) -> showDetails());
        viewModel.actionProperty().addListener((o, old, now) -> showActionForm());
        viewModel.canChangeBinding().addListener((o, old, now) -> showDetails());
        showDetails();
        showActionForm();
        acceptDroppedFiles();
    }

    // ------------------------------------------------------------------ header

    private void showDetails() {
        Optional<AbsenceDetails> shown = viewModel.detailsProperty().get();
        if (shown.isEmpty()) {
            Label text = new Label(viewModel.failureProperty().get().isEmpty()
                    ? I18n.tr("absence.loading", viewModel.id()) : viewModel.failureProperty().get());
            text.setId("absence-failure");
            header.getChildren().setAll(backButton(), text);
            left.getChildren().clear();
            right.getChildren().clear();
            history.getChildren().clear();
            return;
        }
        AbsenceDetails d = shown.get();
        showHeader(d);
        left.getChildren().setAll(facts(d));
        if (!d.absence().stops().isEmpty()) {
            left.getChildren().add(itinerary(d.absence().stops()));
        }
        left.getChildren().add(findings(d));
        right.getChildren().setAll(chain(d), duties(d), attachments(d));
        showHistory(d);
    }

    private Button backButton() {
        Button button = new Button(I18n.tr("absence.back"), Icons.BACK.create());
        button.setId("absence-back");
        button.getStyleClass().add(Styles.FLAT);
        button.setOnAction(e -> back.run());
        return button;
    }

    private void showHeader(AbsenceDetails d) {
        Absence a = d.absence();
        Label title = new Label(I18n.tr("absence.title", person(d.person()), DomainLabels.kind(a.kind())));
        title.setId("absence-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Label dates = new Label(I18n.tr("absence.dates", Dates.withWeekday(a.depart()),
                Dates.withWeekday(a.returnDate()), a.days()));
        dates.getStyleClass().add(Styles.TEXT_MUTED);
        Label verdict = new Label(labels.of(d.evaluation().verdict()));
        verdict.setId("absence-verdict");
        verdict.getStyleClass().addAll("ld-verdict", switch (d.evaluation().verdict()) {
            case OK -> "ld-verdict-ok";
            case WARN -> "ld-verdict-warn";
            case VIOLATION -> "ld-verdict-violation";
        });
        Label id = new Label(a.id());
        id.setId("absence-id");
        id.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox first = new HBox(12, backButton(), title, verdict);
        first.setAlignment(Pos.CENTER_LEFT);
        if (d.state() != AbsenceState.ACTIVE) {
            Label state = new Label(stateText(d));
            state.setId("absence-state");
            state.getStyleClass().addAll("ld-tag", "ld-tag-danger");
            first.getChildren().add(state);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        first.getChildren().addAll(spring, id);

        // the actions get a row of their own, wrapping in a narrow window rather than shrinking to "…"
        javafx.scene.layout.FlowPane second = new javafx.scene.layout.FlowPane(8, 8);
        second.setId("absence-actions");
        second.setAlignment(Pos.CENTER_LEFT);
        // printing changes nothing, so a read-only window and a cancelled absence offer it too
        if (printing != null) {
            second.getChildren().add(cn.leavedesk.ui.print.PrintMenus.forAbsencePage(printing, a.id()));
        }
        if (viewModel.isReadOnly()) {
            Label readOnly = new Label(I18n.tr("absence.readOnly"));
            readOnly.setId("absence-read-only");
            readOnly.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            second.getChildren().add(readOnly);
        } else if (d.isActive()) {
            second.getChildren().addAll(actions(d));
        }
        second.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        dates.setWrapText(true);
        header.getChildren().setAll(first, dates);
        if (!second.getChildren().isEmpty()) {
            header.getChildren().add(second);
        }
        header.getStyleClass().setAll("ld-absence-header");
    }

    private String stateText(AbsenceDetails d) {
        return switch (d.state()) {
            case ACTIVE -> DomainLabels.status(cn.leavedesk.domain.Status.ACTIVE);
            case CANCELLED -> I18n.tr("absence.state.cancelled");
            case SUPERSEDED -> I18n.tr("absence.state.superseded", d.supersededBy().orElse(""));
        };
    }

    private List<Node> actions(AbsenceDetails d) {
        Button amend = action("absence-amend", "absence.action.amend", Icons.AMEND);
        amend.setOnAction(e -> amendForm.get().ifPresent(form -> getChildren().set(0, form)));
        Button cancel = action("absence-cancel", "absence.action.cancel", Icons.CANCEL);
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.setOnAction(e -> viewModel.startCancel());
        // Once a day is recorded the same action corrects it (the service records the new day in the history).
        Button depart = action("absence-depart", d.departedOn().isPresent() ? "absence.action.departAgain"
                : "absence.action.depart", Icons.DEPART);
        depart.setOnAction(e -> viewModel.startDepart());
        Button ret = action("absence-return", d.returnedOn().isPresent() ? "absence.action.returnAgain"
                : "absence.action.return", Icons.RETURN);
        ret.setOnAction(e -> viewModel.startReturn());
        List<Node> buttons = new java.util.ArrayList<>(List.of(amend, cancel, depart, ret));
        boolean reportOwed = d.duties().stream().anyMatch(l -> l.duty() == cn.leavedesk.service.DutyKind.WRITTEN_REPORT);
        if (reportOwed) {
            Button report = action("absence-report", "absence.action.report", Icons.REPORT);
            report.setOnAction(e -> viewModel.startReport());
            buttons.add(report);
        }
        return buttons;
    }

    private Button action(String id, String key, Icons icon) {
        Button button = new Button(I18n.tr(key), icon.create());
        button.setId(id);
        button.disableProperty().bind(viewModel.canChangeBinding().not());
        return button;
    }

    /** Offers the printed forms (书面请假报告, 请假报备单, 销假单) in the header; call before the details arrive. */
    public void offerPrinting(cn.leavedesk.ui.print.PrintActions actions) {
        this.printing = actions;
    }

    /** Shows the amend form in place of the page; the form calls this back when it is done or abandoned. */
    public void closeAmendForm() {
        getChildren().set(0, page);
    }

    // ------------------------------------------------------------------ the action's small form

    private void showActionForm() {
        Optional<Action> open = viewModel.actionProperty().get();
        actionForm.setVisible(open.isPresent());
        actionForm.setManaged(open.isPresent());
        if (open.isEmpty()) {
            actionForm.getChildren().clear();
            return;
        }
        Action what = open.get();
        Label title = new Label(actionTitle(what));
        title.setId("action-title");
        title.getStyleClass().add("ld-action-title");
        HBox fields = new HBox(10);
        fields.setAlignment(Pos.CENTER_LEFT);
        if (what != Action.CANCEL && what != Action.UNDO) {
            DatePicker day = new DatePicker();
            day.setId("action-day");
            day.setConverter(new DayConverter());
            day.valueProperty().bindBidirectional(viewModel.dayProperty());
            fields.getChildren().addAll(fieldLabel(dayLabel(what), day), day);
        }
        if (what == Action.TICK) {
            ComboBox<DoneHow> how = new ComboBox<>(FXCollections.observableArrayList(DoneHow.values()));
            how.setId("action-how");
            how.setConverter(new StringConverter<>() {
                @Override
                public String toString(DoneHow value) {
                    return value == null ? "" : howText(value);
                }

                @Override
                public DoneHow fromString(String text) {
                    throw new UnsupportedOperationException("choose from the list");
                }
            });
            how.valueProperty().bindBidirectional(viewModel.howProperty());
            TextField note = new TextField();
            note.setId("action-note");
            note.setPromptText(I18n.tr("absence.prompt.note"));
            note.textProperty().bindBidirectional(viewModel.noteProperty());
            note.setOnAction(e -> viewModel.confirm());
            HBox.setHgrow(note, Priority.ALWAYS);
            fields.getChildren().addAll(fieldLabel("absence.field.how", how), how,
                    fieldLabel("absence.field.note", note), note);
        }
        if (what == Action.CANCEL || what == Action.UNDO) {
            TextField reason = new TextField();
            reason.setId("action-reason");
            reason.setPromptText(I18n.tr(what == Action.CANCEL ? "absence.prompt.cancelReason"
                    : "absence.prompt.undoReason"));
            reason.textProperty().bindBidirectional(viewModel.reasonProperty());
            reason.setOnAction(e -> viewModel.confirm());
            HBox.setHgrow(reason, Priority.ALWAYS);
            fields.getChildren().addAll(fieldLabel("absence.field.reason", reason), reason);
        }
        Button ok = new Button(I18n.tr("absence.action.confirm"));
        ok.setId("action-confirm");
        ok.getStyleClass().add(what == Action.CANCEL ? Styles.DANGER : Styles.ACCENT);
        ok.disableProperty().bind(viewModel.busyProperty());
        ok.setOnAction(e -> viewModel.confirm());
        Button dismiss = new Button(I18n.tr("absence.action.dismiss"));
        dismiss.setId("action-dismiss");
        dismiss.setOnAction(e -> viewModel.dismiss());
        fields.getChildren().addAll(ok, dismiss);
        Label problem = new Label();
        problem.setId("action-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.actionProblemProperty());
        problem.visibleProperty().bind(viewModel.actionProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        actionForm.getChildren().setAll(title, fields, problem);
        actionForm.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.dismiss();
                e.consume();
            }
        });
        fields.getChildren().stream().filter(n -> n instanceof DatePicker || n instanceof TextField).findFirst()
                .ifPresent(n -> javafx.application.Platform.runLater(n::requestFocus));
    }

    private String actionTitle(Action what) {
        return switch (what) {
            case DEPART -> I18n.tr("absence.form.depart");
            case RETURN -> I18n.tr("absence.form.return");
            case REPORT -> I18n.tr("absence.form.report");
            case TICK -> I18n.tr("absence.form.tick", viewModel.actionStep(), stepName(viewModel.actionStep()));
            case UNDO -> I18n.tr("absence.form.undo", viewModel.actionStep(), stepName(viewModel.actionStep()));
            case CANCEL -> I18n.tr("absence.form.cancel");
        };
    }

    private String stepName(int number) {
        return viewModel.detailsProperty().get().stream().flatMap(d -> d.chain().stream())
                .filter(s -> s.number() == number).findFirst()
                .map(s -> labels.of(s.step().action()) + " " + labels.of(s.step().party())).orElse("");
    }

    private static String dayLabel(Action what) {
        return switch (what) {
            case DEPART -> "absence.field.departedOn";
            case RETURN -> "absence.field.returnedOn";
            case REPORT -> "absence.field.reportOn";
            case TICK, UNDO, CANCEL -> "absence.field.doneOn";
        };
    }

    private static Label fieldLabel(String key, javafx.scene.control.Control field) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(field);
        return label;
    }

    static String howText(DoneHow how) {
        return I18n.tr(switch (how) {
            case WRITTEN -> "absence.how.written";
            case ORAL -> "absence.how.oral";
            case IN_PERSON -> "absence.how.inPerson";
        });
    }

    // ------------------------------------------------------------------ left: facts, itinerary, findings

    private Node facts(AbsenceDetails d) {
        Absence a = d.absence();
        GridPane grid = new GridPane();
        grid.setId("absence-facts");
        grid.getStyleClass().add("ld-facts");
        ColumnConstraints labelsColumn = new ColumnConstraints();
        labelsColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labelsColumn, values);
        int[] row = {0};
        java.util.function.BiConsumer<String, Node> add = (key, value) -> {
            Label label = new Label(I18n.tr(key));
            label.getStyleClass().add(Styles.TEXT_MUTED);
            GridPane.setValignment(label, VPos.TOP);
            grid.addRow(row[0]++, label, value);
        };
        java.util.function.BiConsumer<String, String> text = (key, value) -> add.accept(key, wrapped(value));
        text.accept("absence.field.id", a.id());
        text.accept("absence.field.person", person(d.person()));
        text.accept("absence.field.kind", DomainLabels.kind(a.kind()));
        if (a.meeting().isEmpty()) {
            text.accept("absence.field.scope", DomainLabels.scope(a.scope()));
        }
        text.accept("absence.field.depart", Dates.withWeekday(a.depart()));
        text.accept("absence.field.return", Dates.withWeekday(a.returnDate()));
        a.filed().ifPresent(day -> text.accept("absence.field.filed", Dates.withWeekday(day)));
        text.accept("absence.field.departedOn", d.departedOn().map(Dates::withWeekday)
                .orElse(I18n.tr("absence.notRecorded")));
        text.accept("absence.field.returnedOn", d.returnedOn().map(day -> returnText(a, day))
                .orElse(I18n.tr("absence.notRecorded")));
        a.destination().ifPresent(v -> text.accept("absence.field.destination", v));
        a.reason().ifPresent(v -> text.accept("absence.field.reason.filed", v));
        a.contact().ifPresent(v -> text.accept("absence.field.contact", v));
        a.actingPerson().ifPresent(v -> text.accept("absence.field.acting", d.nameOf(v)));
        a.meeting().ifPresent(m -> {
            text.accept("absence.field.meetingType", labels.of(m.type()));
            m.convener().ifPresent(c -> text.accept("absence.field.convener", d.nameOf(c)));
        });
        if (!a.attachments().isEmpty()) {
            text.accept("absence.field.attachmentsNamed", String.join(I18n.tr("absence.listSeparator"),
                    a.attachments()));
        }
        d.evaluation().fileBy().ifPresent(day -> text.accept("absence.field.fileBy", Dates.withWeekday(day)));
        d.supersedes().ifPresent(old -> add.accept("absence.field.supersedes", versionLink("absence-supersedes", old)));
        d.supersededBy().ifPresent(next -> add.accept("absence.field.supersededBy",
                versionLink("absence-superseded-by", next)));
        return section("absence.section.facts", grid);
    }

    private String returnText(Absence a, LocalDate day) {
        long shift = java.time.temporal.ChronoUnit.DAYS.between(a.returnDate(), day);
        String when = Dates.withWeekday(day);
        if (shift == 0) {
            return when;
        }
        return shift > 0 ? I18n.tr("absence.returnedLater", when, shift) : I18n.tr("absence.returnedEarlier", when,
                -shift);
    }

    private Node versionLink(String id, String versionId) {
        Hyperlink link = new Hyperlink(versionId);
        link.setId(id);
        link.setOnAction(e -> viewModel.openVersion(versionId));
        return link;
    }

    private Node itinerary(List<Stop> stops) {
        VBox lines = new VBox();
        lines.setId("absence-itinerary");
        lines.getStyleClass().add("ld-lines");
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            String name = countries.name(stop.country());
            String line = stop.leavesAirport() ? I18n.tr("absence.stop", i + 1, name, stop.country())
                    : I18n.tr("absence.stop.airside", i + 1, name, stop.country());
            lines.getChildren().add(wrapped(line));
        }
        abroadFigures(lines);
        return section("absence.section.itinerary", lines);
    }

    private void abroadFigures(VBox lines) {
        viewModel.detailsProperty().get().flatMap(d -> d.evaluation().abroad()).ifPresent(a -> {
            Label counted = wrapped(I18n.tr("request.abroad.countries", a.countedCountries()));
            counted.getStyleClass().add(Styles.TEXT_MUTED);
            Label trips = wrapped(I18n.tr("request.abroad.trips", a.tripsThisYear(),
                    a.tripsThisTerm().map(String::valueOf).orElseGet(() -> I18n.tr("request.abroad.noTerm")),
                    a.tripsInTwoYears()));
            trips.setId("absence-abroad-trips");
            trips.getStyleClass().add(Styles.TEXT_MUTED);
            lines.getChildren().addAll(counted, trips);
        });
    }

    private Node findings(AbsenceDetails d) {
        VBox lines = new VBox();
        lines.setId("absence-findings");
        lines.getStyleClass().add("ld-lines");
        List<Finding> found = d.evaluation().findings();
        if (found.isEmpty()) {
            lines.getChildren().add(wrapped(I18n.tr("request.result.findings.none")));
        }
        for (Finding f : found) {
            String text = labels.of(f.severity()) + I18n.tr("request.finding.separator") + f.message();
            Label label = wrapped(f.article().map(article -> I18n.tr("request.finding.withArticle", text, article))
                    .orElse(text));
            label.getStyleClass().add(f.severity() == Severity.VIOLATION ? "ld-finding-violation"
                    : "ld-finding-warning");
            lines.getChildren().add(label);
        }
        if (d.state() != AbsenceState.ACTIVE) {
            Label note = wrapped(I18n.tr("absence.findings.inactive"));
            note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            lines.getChildren().add(note);
        }
        return section("absence.section.findings", lines);
    }

    // ------------------------------------------------------------------ right: chain, duties, attachments

    private Node chain(AbsenceDetails d) {
        VBox lines = new VBox();
        lines.setId("absence-chain");
        lines.getStyleClass().add("ld-checklist");
        if (d.chain().isEmpty()) {
            lines.getChildren().add(wrapped(I18n.tr("request.result.chain.none")));
        }
        for (StepLine s : d.chain()) {
            lines.getChildren().add(stepLine(d, s));
        }
        return section("absence.section.chain", lines);
    }

    private Node stepLine(AbsenceDetails d, StepLine s) {
        Label number = new Label(I18n.tr("itinerary.number", s.number()));
        number.getStyleClass().add("ld-itinerary-number");
        Label what = new Label(I18n.tr("absence.step.what", labels.of(s.step().action()),
                labels.of(s.step().party())));
        what.getStyleClass().add("ld-step-what");
        // A cancelled or replaced version owes nothing more: its open steps are not overdue, only closed.
        boolean owed = d.isActive() || s.status() == StepStatus.DONE;
        Label state = owed ? stateTag(s.status()) : closedTag();
        state.setId("step-state-" + s.number());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(8, number, what, spring, state);
        top.setAlignment(Pos.CENTER_LEFT);
        if (!viewModel.isReadOnly() && d.isActive()) {
            Button button = s.status() == StepStatus.DONE
                    ? smallButton("step-undo-" + s.number(), "absence.step.undo", Icons.UNDO)
                    : smallButton("step-tick-" + s.number(), "absence.step.tick", Icons.TICK);
            button.setOnAction(e -> {
                if (s.status() == StepStatus.DONE) {
                    viewModel.startUndo(s.number());
                } else {
                    viewModel.startTick(s.number());
                }
            });
            top.getChildren().add(button);
        }
        Label detail = wrapped(I18n.tr("absence.step.detail", Dates.withWeekday(s.due()), s.step().article()));
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(2, top, detail);
        s.done().ifPresent(done -> {
            String text = I18n.tr("absence.step.done", Dates.withWeekday(done.on()), done.by(), howText(done.how()));
            Label doneLabel = wrapped(done.note().map(n -> I18n.tr("absence.step.doneWithNote", text, n))
                    .orElse(text));
            doneLabel.setId("step-done-" + s.number());
            doneLabel.getStyleClass().addAll(Styles.TEXT_SMALL, "ld-step-done-text");
            box.getChildren().add(doneLabel);
        });
        box.setId("step-" + s.number());
        box.getStyleClass().addAll("ld-check-line", "ld-check-" + (owed ? statusCss(s.status()) : "open"));
        return box;
    }

    private static Label closedTag() {
        Label tag = new Label(I18n.tr("absence.state.notOwed"));
        tag.getStyleClass().addAll("ld-tag", "ld-tag-open");
        return tag;
    }

    private static Label stateTag(StepStatus status) {
        Label tag = new Label(I18n.tr(switch (status) {
            case OPEN -> "absence.state.open";
            case DUE_SOON -> "absence.state.dueSoon";
            case OVERDUE -> "absence.state.overdue";
            case DONE -> "absence.state.done";
        }));
        tag.getStyleClass().addAll("ld-tag", "ld-tag-" + statusCss(status));
        return tag;
    }

    private static String statusCss(StepStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case DUE_SOON -> "soon";
            case OVERDUE -> "late";
            case DONE -> "done";
        };
    }

    private Node duties(AbsenceDetails d) {
        VBox lines = new VBox();
        lines.setId("absence-duties");
        lines.getStyleClass().add("ld-checklist");
        if (d.duties().isEmpty()) {
            lines.getChildren().add(wrapped(I18n.tr(d.isActive() ? "absence.duties.none"
                    : "absence.duties.inactive")));
        }
        for (DutyLine duty : d.duties()) {
            String what = switch (duty.duty()) {
                case CANCEL_LEAVE -> I18n.tr("absence.duty.cancelLeave");
                case WRITTEN_REPORT -> I18n.tr("absence.duty.report", duty.to().stream()
                        .map(p -> labels.of(p)).collect(Collectors.joining(I18n.tr("absence.listSeparator"))));
            };
            StepStatus status = duty.done().isPresent() ? StepStatus.DONE
                    : duty.overdue() ? StepStatus.OVERDUE : StepStatus.OPEN;
            Label whatLabel = new Label(what);
            whatLabel.getStyleClass().add("ld-step-what");
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            Label tag = stateTag(status);
            tag.setId("duty-state-" + duty.duty().name().toLowerCase(java.util.Locale.ROOT));
            HBox top = new HBox(8, whatLabel, spring, tag);
            top.setAlignment(Pos.CENTER_LEFT);
            String detailText = I18n.tr("absence.step.detail", Dates.withWeekday(duty.due()), duty.article());
            if (!duty.condition().isBlank()) {
                detailText = I18n.tr("absence.duty.condition", duty.condition(), detailText);
            }
            Label detail = wrapped(detailText);
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(2, top, detail);
            duty.done().ifPresent(day -> {
                Label done = wrapped(I18n.tr("absence.duty.done", Dates.withWeekday(day)));
                done.getStyleClass().addAll(Styles.TEXT_SMALL, "ld-step-done-text");
                box.getChildren().add(done);
            });
            box.getStyleClass().addAll("ld-check-line", "ld-check-" + statusCss(status));
            lines.getChildren().add(box);
        }
        return section("absence.section.duties", lines);
    }

    private Node attachments(AbsenceDetails d) {
        VBox lines = new VBox();
        lines.setId("absence-attachments");
        lines.getStyleClass().add("ld-lines");
        List<AttachmentInfo> files = d.attachments();
        if (files.isEmpty()) {
            Label none = wrapped(I18n.tr("absence.attachments.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            lines.getChildren().add(none);
        }
        for (AttachmentInfo file : files) {
            lines.getChildren().add(attachmentLine(file));
        }
        if (!viewModel.isReadOnly()) {
            Button add = new Button(I18n.tr("absence.attachment.add"), Icons.ATTACH.create());
            add.setId("attachment-add");
            add.disableProperty().bind(viewModel.busyProperty());
            add.setOnAction(e -> viewModel.chooseAttachments());
            add.setMinWidth(Region.USE_PREF_SIZE);
            Label drop = new Label(I18n.tr("absence.attachment.drop",
                    cn.leavedesk.service.AbsenceLifecycleService.MAX_ATTACHMENT_BYTES / (1024 * 1024)));
            drop.setId("attachment-drop");
            drop.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            drop.setWrapText(true);
            HBox row = new HBox(10, add, drop);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("ld-drop-zone");
            lines.getChildren().add(row);
        }
        return section("absence.section.attachments", lines);
    }

    private Node attachmentLine(AttachmentInfo file) {
        Label name = new Label(file.fileName(), Icons.ATTACH.create());
        name.setId("attachment-name-" + file.id());
        name.getStyleClass().add("ld-step-what");
        String size = file.size().map(AbsenceView::size).orElseGet(() -> I18n.tr("absence.attachment.notStored"));
        name.setWrapText(true);
        Label about = new Label(I18n.tr("absence.attachment.about", size, file.addedBy(),
                TIME.format(file.addedAt().atZone(ZoneId.systemDefault()))));
        about.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox text = new VBox(2, name, about);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, text);
        line.setAlignment(Pos.CENTER_LEFT);
        if (file.hasContent()) {
            Button open = smallButton("attachment-open-" + file.id(), "absence.attachment.open", Icons.OPEN_FILE);
            open.setOnAction(e -> viewModel.openAttachment(file));
            Button copy = smallButton("attachment-save-" + file.id(), "absence.attachment.saveCopy", Icons.SAVE_COPY);
            copy.setOnAction(e -> viewModel.saveAttachmentCopy(file));
            line.getChildren().addAll(open, copy);
        }
        if (!viewModel.isReadOnly()) {
            Button remove = smallButton("attachment-remove-" + file.id(), "absence.attachment.remove", Icons.DELETE);
            remove.setOnAction(e -> viewModel.removeAttachment(file));
            line.getChildren().add(remove);
        }
        line.getStyleClass().add("ld-attachment-line");
        return line;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return I18n.tr("absence.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return I18n.tr("absence.size.kb", Math.round(bytes / 1024.0));
        }
        return I18n.tr("absence.size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !viewModel.isReadOnly()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles() && !viewModel.isReadOnly();
            if (taken) {
                viewModel.addAttachments(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    // ------------------------------------------------------------------ bottom: history

    private void showHistory(AbsenceDetails d) {
        Label title = new Label(I18n.tr("absence.section.history"));
        title.getStyleClass().add(Styles.TITLE_4);
        history.getChildren().setAll(title);
        List<EventLine> events = new java.util.ArrayList<>(d.events());
        // Newest first: by when it was recorded, which is also the order a clerk remembers doing things.
        events.sort(java.util.Comparator.comparing(EventLine::at).thenComparing(EventLine::on).reversed());
        for (EventLine e : events) {
            Label when = new Label(TIME.format(e.at().atZone(ZoneId.systemDefault())));
            when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "ld-history-when");
            Label what = wrapped(eventText(e));
            HBox line = new HBox(12, when, what);
            line.getStyleClass().add("ld-history-line");
            e.related().filter(r -> e.type() == cn.leavedesk.domain.lifecycle.EventType.AMENDED
                    || e.type() == cn.leavedesk.domain.lifecycle.EventType.FILED)
                    .ifPresent(r -> line.getChildren().add(versionLink("history-version-" + r, r)));
            history.getChildren().add(line);
        }
    }

    private String eventText(EventLine e) {
        String day = Dates.withWeekday(e.on());
        String text = switch (e.type()) {
            case FILED -> e.related().isPresent() ? I18n.tr("absence.event.filedAmendment", e.by())
                    : I18n.tr("absence.event.filed", e.by());
            case STEP_DONE -> I18n.tr("absence.event.stepDone", e.step().orElse(0), day, e.by());
            case STEP_UNDONE -> I18n.tr("absence.event.stepUndone", e.step().orElse(0), e.by());
            case DEPARTED -> I18n.tr("absence.event.departed", day, e.by());
            case AMENDED -> I18n.tr("absence.event.amended", e.by());
            case RETURNED -> I18n.tr("absence.event.returned", day, e.by());
            case REPORT_SUBMITTED -> I18n.tr("absence.event.report", day, e.by());
            case CANCELLED -> I18n.tr("absence.event.cancelled", e.by());
            case ATTACHMENT_ADDED -> I18n.tr("absence.event.attachmentAdded", e.by());
            case ATTACHMENT_REMOVED -> I18n.tr("absence.event.attachmentRemoved", e.by());
        };
        String detail = e.detail();
        for (DoneHow how : DoneHow.values()) {
            // The store keeps how a step was done as its name; the clerk reads it in words.
            detail = detail.replaceAll("\\b" + how.name() + "\\b", howText(how));
        }
        return detail.isBlank() ? text : I18n.tr("absence.event.withDetail", text, detail);
    }

    // ------------------------------------------------------------------ helpers

    private static String person(Person person) {
        return I18n.tr("absence.person", person.displayName(), DomainLabels.role(person.role()));
    }

    private static Node section(String titleKey, Node content) {
        Label title = new Label(I18n.tr(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, title, content);
        box.getStyleClass().addAll("ld-section", "ld-absence-section");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Button smallButton(String id, String key, Icons icon) {
        Button button = new Button(I18n.tr(key), icon.create());
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL);
        // Buttons keep their words; the text beside them wraps instead.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

}
