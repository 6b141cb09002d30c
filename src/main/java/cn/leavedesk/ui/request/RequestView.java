package cn.leavedesk.ui.request;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.DayText;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.ui.DayConverter;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.request.RequestViewModel.Field;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The new-request form on the left, and on the right what the office's rulebook says about it, kept current as the
 * clerk types. The marked fields and the problem list only show what the view model decides.
 *
 * <p>A field with a problem is marked with AtlantaFX's danger state and says the problem in its tooltip. Not with
 * ControlsFX's ValidationSupport: its decorations put a pane of their own in place of the scene's root, and that swap
 * left the screens kept for later with styles that no longer resolved (hundreds of CSS warnings a session, sections
 * drawn without their background) and closed an open list on the form when it happened.
 */
public final class RequestView extends VBox {
    private static final javafx.geometry.Insets ROW_MARGIN = new javafx.geometry.Insets(3, 0, 3, 0);
    private final RequestViewModel viewModel;
    private final GridPane form = new GridPane();
    /** The fields marked while they have a problem, with the field of the view model each stands for. */
    private final Map<Control, Field> marked = new LinkedHashMap<>();
    private final VBox resultBox = new VBox();
    private int row;

    public RequestView(RequestViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("ld-page", "ld-request");

        Label title = new Label(viewModel.amendingProperty().get()
                .map(id -> I18n.tr("request.amend.title", id)).orElseGet(() -> I18n.tr("nav.newRequest")));
        title.getStyleClass().add(Styles.TITLE_2);

        form.getStyleClass().add("ld-form");
        // Labels keep their full width ("外出期间主持工作的同志" is the longest); the fields take the rest.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, grow());
        buildFields();

        VBox problems = new VBox();
        problems.setId("request-problems");
        problems.getStyleClass().add("ld-request-problems");
        viewModel.shownProblemsProperty().addListener((o, old, now) -> showProblems(problems, now));
        showProblems(problems, viewModel.shownProblemsProperty().get());

        Button save = new Button(I18n.tr("request.save"), Icons.SAVE.create());
        save.setId("request-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.canSaveBinding().not());
        save.setOnAction(e -> viewModel.save());
        Button clear = new Button(I18n.tr("request.clear"));
        clear.setId("request-clear");
        clear.setOnAction(e -> viewModel.clear());
        if (viewModel.amendingProperty().get().isPresent()) {
            save.setText(I18n.tr("request.amend.save"));
            clear.setText(I18n.tr("request.amend.abandon"));
            clear.setId("request-amend-abandon");
            clear.setOnAction(e -> viewModel.abandonAmendment());
        }
        HBox buttons = new HBox(save, clear);
        buttons.getStyleClass().add("ld-button-row");
        if (viewModel.isReadOnly()) {
            // A read-only window offers no saving at all, only the answer to "what would this need?"
            Label readOnly = new Label(I18n.tr("request.readOnly"));
            readOnly.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            buttons.getChildren().setAll(clear, readOnly);
        }

        VBox formCard = new VBox(form, problems, buttons);
        formCard.getStyleClass().addAll("ld-section", "ld-request-form");
        ScrollPane formScroll = scroll(formCard);
        formScroll.setId("request-form");
        formScroll.getStyleClass().add("ld-request-form-scroll");

        Label resultTitle = new Label(I18n.tr("request.result.title"));
        resultTitle.getStyleClass().add(Styles.TITLE_4);
        resultBox.setId("request-result");
        resultBox.getStyleClass().add("ld-request-result-lines");
        VBox resultCard = new VBox(resultTitle, resultBox);
        resultCard.getStyleClass().addAll("ld-section", "ld-request-result");
        ScrollPane resultScroll = scroll(resultCard);
        resultScroll.getStyleClass().add("ld-request-result-scroll");
        viewModel.resultProperty().addListener(o -> showResult());
        viewModel.previewFailureProperty().addListener(o -> showResult());
        showResult();

        HBox columns = new HBox(formScroll, resultScroll);
        columns.getStyleClass().add("ld-request-columns");
        HBox.setHgrow(resultScroll, Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(title, columns);
        viewModel.shownProblemsProperty().addListener(o -> markProblems());
        markProblems();
        // The form keeps its width whatever the answer on the right says (app.css gives both their widths).
        HBox.setHgrow(formScroll, Priority.NEVER);
    }

    private void buildFields() {
        ComboBox<Person> person = new ComboBox<>(viewModel.people());
        person.setId("request-person");
        person.setPromptText(I18n.tr("request.prompt.person"));
        person.setConverter(converter(RequestViewModel::optionText));
        person.valueProperty().bindBidirectional(viewModel.personProperty());
        person.setVisibleRowCount(14);
        addRow("request.field.person", person, always());
        decorate(person, Field.PERSON);
        touchOnLeave(person, Field.PERSON);
        boolean amending = viewModel.amendingProperty().get().isPresent();
        // An amendment is the same person's new plan; another person's absence is cancelled and filed anew.
        person.setDisable(amending);
        if (amending) {
            TextField why = textField("request-amend-reason", viewModel.amendReasonProperty(),
                    "request.prompt.amendReason");
            addRow("request.field.amendReason", why, always());
            decorate(why, Field.AMEND_REASON);
            touchOnLeave(why, Field.AMEND_REASON);
        }

        ComboBox<Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
        kind.setId("request-kind");
        kind.setConverter(converter(DomainLabels::kind));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        addRow("request.field.kind", kind, always());

        ComboBox<Scope> scope = new ComboBox<>(FXCollections.observableArrayList(Scope.values()));
        scope.setId("request-scope");
        scope.setConverter(converter(DomainLabels::scope));
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        addRow("request.field.scope", scope, viewModel.meetingBinding().not());
        Label implied = hint(I18n.tr("request.scope.implied"));
        addRow("request.field.scope", implied, viewModel.meetingBinding());

        DatePicker depart = datePicker("request-depart", viewModel.departProperty(), Field.DEPART);
        Label departLabel = addRow("request.field.depart", depart, always());
        departLabel.textProperty().bind(Bindings.when(viewModel.meetingBinding())
                .then(I18n.tr("request.field.meetingDay")).otherwise(I18n.tr("request.field.depart")));
        decorate(depart, Field.DEPART);
        DatePicker back = datePicker("request-return", viewModel.returnDateProperty(), Field.RETURN);
        addRow("request.field.return", back, viewModel.meetingBinding().not());
        decorate(back, Field.RETURN);
        DatePicker filed = datePicker("request-filed", viewModel.filedProperty(), Field.FILED);
        addRow("request.field.filed", filed, always());
        decorate(filed, Field.FILED);

        ComboBox<MeetingType> meetingType = new ComboBox<>(FXCollections.observableArrayList(MeetingType.values()));
        meetingType.setId("request-meeting-type");
        meetingType.setConverter(converter(viewModel::meetingTypeLabel));
        meetingType.valueProperty().bindBidirectional(viewModel.meetingTypeProperty());
        addRow("request.field.meetingType", meetingType, viewModel.meetingBinding());
        decorate(meetingType, Field.MEETING_TYPE);
        touchOnLeave(meetingType, Field.MEETING_TYPE);
        ComboBox<Person> convener = new ComboBox<>(viewModel.people());
        convener.setId("request-convener");
        convener.setConverter(converter(RequestViewModel::optionText));
        convener.valueProperty().bindBidirectional(viewModel.convenerProperty());
        addRow("request.field.convener", convener, viewModel.meetingBinding());

        Label stopsLabel = addRow("request.field.stops", new ItineraryEditor(viewModel.itinerary()),
                viewModel.abroadBinding());
        GridPane.setValignment(stopsLabel, javafx.geometry.VPos.TOP);

        addRow("request.field.destination", textField("request-destination", viewModel.destinationProperty(),
                "request.prompt.destination"), always());
        addRow("request.field.reason", textField("request-reason", viewModel.reasonProperty(),
                "request.prompt.reason"), always());
        addRow("request.field.contact", textField("request-contact", viewModel.contactProperty(),
                "request.prompt.contact"), always());

        ComboBox<String> acting = new ComboBox<>();
        acting.setId("request-acting");
        acting.setEditable(true);
        acting.setPromptText(I18n.tr("request.prompt.acting"));
        acting.setItems(FXCollections.observableArrayList());
        viewModel.people().addListener((javafx.collections.ListChangeListener<Person>) c -> acting.getItems()
                .setAll(viewModel.people().stream().map(Person::displayName).toList()));
        acting.getItems().setAll(viewModel.people().stream().map(Person::displayName).toList());
        // The editor's text is the value: a name typed without choosing from the list counts too.
        acting.getEditor().textProperty().bindBidirectional(viewModel.actingPersonProperty());
        // Clearing the form empties the editor; the chosen value would otherwise come back on focus loss.
        viewModel.actingPersonProperty().addListener((o, old, now) -> {
            if (now == null || now.isEmpty()) {
                acting.setValue(null);
            }
        });
        addRow("request.field.acting", acting, always());

        addRow("request.field.attachments", textField("request-attachments", viewModel.attachmentsProperty(),
                "request.prompt.attachments"), always());
    }

    private static ObservableBooleanValue always() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> true);
    }

    /** Adds a labelled row that shows only while {@code shown} holds. */
    private Label addRow(String labelKey, javafx.scene.layout.Region field, ObservableBooleanValue shown) {
        Label label = new Label(I18n.tr(labelKey));
        if (field instanceof Control control) {
            label.setLabelFor(control);
        }
        label.getStyleClass().add("ld-field-label");
        field.setMaxWidth(Double.MAX_VALUE);
        for (Node node : List.of(label, field)) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
        // No vgap: a hidden row must not leave a gap, and margins of unmanaged nodes do not count.
        GridPane.setMargin(label, ROW_MARGIN);
        GridPane.setMargin(field, ROW_MARGIN);
        form.addRow(row++, label, field);
        return label;
    }

    private void decorate(Control control, Field field) {
        marked.put(control, field);
    }

    private void markProblems() {
        marked.forEach((control, field) -> {
            Optional<String> problem = viewModel.problem(field);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, problem.isPresent());
            String shown = control.getTooltip() == null ? null : control.getTooltip().getText();
            if (!java.util.Objects.equals(shown, problem.orElse(null))) {
                control.setTooltip(problem.map(Tooltip::new).orElse(null));
            }
        });
    }

    private static TextField textField(String id, javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(I18n.tr(promptKey));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<LocalDate> property, Field field) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new TypedDays(picker));
        picker.setPromptText(I18n.tr("request.prompt.date"));
        picker.valueProperty().bindBidirectional(property);
        // What is typed counts before it is committed: text that is not a day is a problem of its own.
        picker.getEditor().textProperty().addListener((o, old, now) -> viewModel.dateTyped(field, now));
        // 清空 forgets unreadable text; the picker's value was empty all along, so its editor is emptied here.
        viewModel.unreadableDates().addListener((javafx.collections.MapChangeListener<Field, String>) c -> {
            if (c.getKey() == field && c.wasRemoved() && !c.wasAdded()
                    && DayText.read(picker.getEditor().getText()).problem().isPresent()) {
                picker.getEditor().clear();
            }
        });
        touchOnLeave(picker, field);
        return picker;
    }

    /** A field the clerk has left shows its problems from then on, even if it was left empty. */
    private void touchOnLeave(Control control, Field field) {
        control.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                viewModel.touch(field);
            }
        });
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static void showProblems(VBox box, List<RequestViewModel.Problem> problems) {
        box.getChildren().setAll(problems.stream().map(p -> {
            Label label = new Label(p.message());
            label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
            label.setWrapText(true);
            return (Node) label;
        }).toList());
    }

    /** Rebuilt from the view model's result: the panel is small and changes as a whole. */
    private void showResult() {
        Optional<RequestResult> shown = viewModel.resultProperty().get();
        String failure = viewModel.previewFailureProperty().get();
        if (!failure.isEmpty()) {
            Label label = line(failure, "request-result-failed");
            label.getStyleClass().add(Styles.DANGER);
            resultBox.getChildren().setAll(label);
            return;
        }
        if (shown.isEmpty()) {
            Label empty = line(I18n.tr("request.result.empty"), "request-result-empty");
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            resultBox.getChildren().setAll(empty);
            return;
        }
        RequestResult r = shown.get();
        Label verdict = new Label(r.verdictText());
        verdict.setId("request-verdict");
        verdict.getStyleClass().addAll("ld-verdict", switch (r.verdict()) {
            case OK -> "ld-verdict-ok";
            case WARN -> "ld-verdict-warn";
            case VIOLATION -> "ld-verdict-violation";
        });
        resultBox.getChildren().setAll(verdict);

        heading("request.result.chain");
        VBox chain = lines("request-chain", r.chain().isEmpty() ? List.of(I18n.tr("request.result.chain.none"))
                : r.chain());
        resultBox.getChildren().add(chain);
        resultBox.getChildren().add(line(r.fileBy(), "request-file-by"));
        r.presiding().ifPresent(text -> resultBox.getChildren().add(line(text, "request-presiding")));

        if (!r.abroad().isEmpty()) {
            heading("request.result.abroad");
            resultBox.getChildren().add(lines("request-abroad", r.abroad()));
        }

        heading("request.result.findings");
        VBox findings = new VBox();
        findings.setId("request-findings");
        findings.getStyleClass().add("ld-request-lines");
        if (r.findings().isEmpty()) {
            findings.getChildren().add(line(I18n.tr("request.result.findings.none"), null));
        }
        for (RequestResult.FindingLine finding : r.findings()) {
            Label label = line(finding.text(), null);
            label.getStyleClass().add(finding.severity() == Severity.VIOLATION
                    ? "ld-finding-violation" : "ld-finding-warning");
            findings.getChildren().add(label);
        }
        resultBox.getChildren().add(findings);

        if (!r.afterReturn().isEmpty()) {
            heading("request.result.afterReturn");
            resultBox.getChildren().add(lines("request-after-return", r.afterReturn()));
        }
        if (!r.readings().isEmpty()) {
            heading("request.result.readings");
            VBox readings = lines("request-readings", r.readings());
            readings.getChildren().forEach(n -> n.getStyleClass().add(Styles.TEXT_MUTED));
            resultBox.getChildren().add(readings);
        }
    }

    private void heading(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add("ld-request-heading");
        resultBox.getChildren().add(label);
    }

    private static VBox lines(String id, List<String> texts) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add("ld-request-lines");
        texts.forEach(t -> box.getChildren().add(line(t, null)));
        return box;
    }

    private static Label line(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().addAll(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE, "ld-request-scroll");
        return pane;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    /**
     * The form's date text: read as {@link DayConverter} reads it, except that text that is no day is kept. The
     * plain converter turns it into no value, and a picker that held a day then writes the empty text of no value
     * into its editor when it loses focus: "2026-13-45" typed over a day vanished and the field said 请填写. Here
     * the value stays as it was and the text stays as typed until a day or nothing is typed, or the value is set
     * from elsewhere (the calendar, 清空); the view model calls the text a problem of its own meanwhile.
     */
    private static final class TypedDays extends StringConverter<LocalDate> {
        private final DayConverter days = new DayConverter();
        private final DatePicker picker;
        private String unreadable;

        TypedDays(DatePicker picker) {
            this.picker = picker;
            // Added before the picker's skin adds its own: forgotten before the skin asks for the new value's text.
            picker.valueProperty().addListener(o -> unreadable = null);
        }

        @Override
        public String toString(LocalDate day) {
            return unreadable != null ? unreadable : days.toString(day);
        }

        @Override
        public LocalDate fromString(String text) {
            if (DayText.read(text).problem().isPresent()) {
                unreadable = text;
                return picker.getValue();
            }
            unreadable = null;
            return days.fromString(text);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choose from the list");
            }
        };
    }

}
