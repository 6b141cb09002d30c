package cn.leavedesk.ui.meetings;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.service.MeetingSchedule;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The meeting schedule: the meetings of the chosen days with who asked to be excused, members away that day and
 * whether the quorum holds (marked when it does not); the members of the selected meeting one by one; a form to
 * record a meeting.
 */
public final class MeetingsView extends VBox {
    private static final PseudoClass FAILS = PseudoClass.getPseudoClass("fails");

    public MeetingsView(MeetingsViewModel viewModel) {
        getStyleClass().addAll("ld-page", "ld-meetings");

        Label title = new Label(I18n.tr("meetings.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        DatePicker from = datePicker("meetings-from", viewModel.fromProperty().get());
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("meetings-to", viewModel.toProperty().get());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Button refresh = new Button(I18n.tr("meetings.refresh"), Icons.REFRESH.create());
        refresh.setId("meetings-refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Label problem = new Label();
        problem.setId("meetings-range-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.rangeProblemProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(title, spring, problem, new Label(I18n.tr("meetings.from")), from,
                new Label(I18n.tr("meetings.to")), to, refresh);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        Label rule = new Label();
        rule.setId("meetings-rule");
        rule.setWrapText(true);
        rule.getStyleClass().add("ld-quota-notice");
        rule.textProperty().bind(viewModel.ruleTextProperty());

        TableView<MeetingSchedule.Entry> table = table(viewModel);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox form = form(viewModel);
        HBox.setHgrow(table, Priority.ALWAYS);
        table.setPrefHeight(230);
        HBox middle = new HBox(12, table, form);

        Label membersTitle = new Label(I18n.tr("meetings.members.title"));
        membersTitle.getStyleClass().add(Styles.TITLE_4);
        Label membersHeading = new Label();
        membersHeading.setId("meetings-members-heading");
        membersHeading.getStyleClass().add(Styles.TEXT_MUTED);
        membersHeading.textProperty().bind(viewModel.membersHeadingProperty());
        Button editMembers = new Button(I18n.tr("meetings.members.edit"), Icons.AMEND.create());
        editMembers.setId("meetings-edit-members");
        editMembers.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.canEditMembers() || viewModel.editingMembersProperty().get(),
                viewModel.selectedProperty(), viewModel.editingMembersProperty()));
        editMembers.setOnAction(e -> viewModel.editMembers());
        Region membersSpring = new Region();
        HBox.setHgrow(membersSpring, Priority.ALWAYS);
        HBox membersBar = new HBox(12, membersTitle, membersHeading, membersSpring, editMembers);
        membersBar.setAlignment(Pos.CENTER_LEFT);
        ListView<MeetingSchedule.Member> members = new ListView<>();
        members.setId("meetings-members");
        members.setPrefHeight(170);
        VBox.setVgrow(members, Priority.ALWAYS);
        members.setPlaceholder(new Label(I18n.tr("meetings.members.hint")));
        members.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(MeetingSchedule.Member item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : MeetingsViewModel.memberText(item));
                pseudoClassStateChanged(FAILS, !empty && item != null && !item.present());
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> members.getItems().setAll(now == null
                ? java.util.List.of() : now.quorum().map(MeetingSchedule.Quorum::members).orElse(java.util.List.of())));

        VBox editor = memberEditor(viewModel);
        VBox.setVgrow(editor, Priority.ALWAYS);
        members.visibleProperty().bind(viewModel.editingMembersProperty().not());
        members.managedProperty().bind(members.visibleProperty());
        editor.visibleProperty().bind(viewModel.editingMembersProperty());
        editor.managedProperty().bind(editor.visibleProperty());

        Label note = new Label(I18n.tr("meetings.note"));
        note.setWrapText(true);
        // all of it, not one line ending in "…"
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        getChildren().addAll(header, rule, middle, membersBar, members, editor, note);
        // The screen is kept once built; reading again each time it is shown picks up new records.
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.refresh();
            }
        });
    }

    private static TableView<MeetingSchedule.Entry> table(MeetingsViewModel viewModel) {
        TableView<MeetingSchedule.Entry> table = new TableView<>(viewModel.meetings());
        table.setId("meetings-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED, "ld-meetings-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.tr("meetings.empty")));
        // the least each needs at 1024 px beside the form: the day, the type and whether the meeting can be held
        // whole; the name and the lists of people as far as they go (the members are listed whole below)
        table.getColumns().add(column("meetings.column.date", e -> e.date().toString(), 92, 92));
        table.getColumns().add(column("meetings.column.type", e -> DomainLabels.meetingType(e.type()), 76, 72));
        table.getColumns().add(column("meetings.column.title", e -> e.title().orElse(""), 120, 40));
        table.getColumns().add(column("meetings.column.excused", MeetingsViewModel::excusedText, 120, 40));
        table.getColumns().add(column("meetings.column.away", MeetingsViewModel::awayText, 120, 40));
        TableColumn<MeetingSchedule.Entry, String> quorum = column("meetings.column.quorum",
                MeetingsViewModel::quorumText, 166, 166);
        quorum.getStyleClass().add("ld-quorum");
        quorum.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                MeetingSchedule.Entry entry = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(entry == null ? null : item);
                pseudoClassStateChanged(FAILS, entry != null && entry.quorum().filter(q -> !q.holds()).isPresent());
            }
        });
        table.getColumns().add(quorum);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static VBox form(MeetingsViewModel viewModel) {
        Label heading = new Label(I18n.tr("meetings.form.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        DatePicker date = datePicker("meetings-date", viewModel.dateProperty().get());
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        ComboBox<MeetingType> type = new ComboBox<>(FXCollections.observableArrayList(MeetingType.values()));
        type.setId("meetings-type");
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        type.setConverter(converter(DomainLabels::meetingType));
        type.setMaxWidth(Double.MAX_VALUE);
        TextField name = new TextField();
        name.setId("meetings-name");
        name.textProperty().bindBidirectional(viewModel.titleProperty());
        name.setPromptText(I18n.tr("meetings.field.optional"));
        ComboBox<Person> convener = new ComboBox<>(viewModel.conveners());
        convener.setId("meetings-convener");
        convener.valueProperty().bindBidirectional(viewModel.convenerProperty());
        convener.setConverter(converter(p -> p.displayName() + " " + DomainLabels.role(p.role())));
        convener.setMaxWidth(Double.MAX_VALUE);
        convener.setPromptText(I18n.tr("meetings.field.optional"));
        Button add = new Button(I18n.tr("meetings.add"), Icons.NEW_REQUEST.create());
        add.setId("meetings-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(viewModel.savingProperty());
        add.setOnAction(e -> viewModel.record());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        date.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(0, new Label(I18n.tr("meetings.field.date")), date);
        grid.add(error("meetings-date-error", viewModel.dateErrorProperty()), 1, 1);
        grid.addRow(2, new Label(I18n.tr("meetings.field.type")), type);
        grid.add(error("meetings-type-error", viewModel.typeErrorProperty()), 1, 3);
        grid.addRow(4, new Label(I18n.tr("meetings.field.title")), name);
        grid.addRow(5, new Label(I18n.tr("meetings.field.convener")), convener);
        VBox form = new VBox(8, heading, grid, add);
        form.setId("meetings-form");
        form.getStyleClass().add("ld-meetings-form");
        form.setMinWidth(270);
        form.setPrefWidth(270);
        return form;
    }

    /** A tick box per person who may be a member of the meeting being edited, with Save and Cancel. */
    private static VBox memberEditor(MeetingsViewModel viewModel) {
        javafx.scene.layout.FlowPane boxes = new javafx.scene.layout.FlowPane(16, 8);
        boxes.setId("meetings-member-choices");
        Runnable fill = () -> boxes.getChildren().setAll(viewModel.memberRows().stream().map(row -> {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(I18n.tr("meetings.member",
                    row.person().displayName(), DomainLabels.role(row.person().role())));
            box.setId("meetings-member-" + row.person().id());
            box.selectedProperty().bindBidirectional(row.chosen());
            return box;
        }).toList());
        viewModel.memberRows().addListener((javafx.collections.ListChangeListener<MeetingsViewModel.MemberRow>)
                change -> fill.run());
        Label problem = error("meetings-members-error", viewModel.membersErrorProperty());
        Button save = new Button(I18n.tr("meetings.members.save"), Icons.SAVE.create());
        save.setId("meetings-members-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(e -> viewModel.saveMembers());
        Button cancel = new Button(I18n.tr("meetings.members.cancel"));
        cancel.setId("meetings-members-cancel");
        cancel.setOnAction(e -> viewModel.cancelMembers());
        HBox buttons = new HBox(8, save, cancel);
        VBox editor = new VBox(8, boxes, problem, buttons);
        editor.setId("meetings-member-editor");
        editor.getStyleClass().add("ld-section");
        return editor;
    }

    private static Label error(String id, javafx.beans.value.ObservableStringValue text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(text);
        error.managedProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private static TableColumn<MeetingSchedule.Entry, String> column(String key,
                                                                     Function<MeetingSchedule.Entry, String> value,
                                                                     double width, double least) {
        TableColumn<MeetingSchedule.Entry, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(least);
        return column;
    }

    private static DatePicker datePicker(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setPrefWidth(140);
        // ISO days, as the register shows them, whatever the OS's date format is.
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        return picker;
    }
}
