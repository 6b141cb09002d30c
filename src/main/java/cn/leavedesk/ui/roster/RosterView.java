package cn.leavedesk.ui.roster;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.roster.RosterRow;
import cn.leavedesk.domain.roster.TermRecord;
import cn.leavedesk.service.RosterProblem.Field;
import cn.leavedesk.service.RosterService;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.FormFields;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** 人员: the roster on the left, the chosen person's form and terms on the right. */
public final class RosterView extends VBox {
    private static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");

    public RosterView(RosterViewModel viewModel, Runnable openImport) {
        getStyleClass().addAll("ld-page", "ld-roster");

        Label title = new Label(I18n.tr("nav.roster"));
        title.getStyleClass().add(Styles.TITLE_2);
        TextField search = new TextField();
        search.setId("roster-search");
        search.setPromptText(I18n.tr("roster.search.prompt"));
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        CheckBox retired = new CheckBox(I18n.tr("roster.showRetired"));
        retired.setId("roster-show-retired");
        retired.selectedProperty().bindBidirectional(viewModel.showRetiredProperty());
        Button add = new Button(I18n.tr("roster.new"), Icons.ADD_PERSON.create());
        add.setId("roster-new");
        add.setDisable(!viewModel.canChange());
        add.setOnAction(e -> viewModel.newPerson());
        Button importButton = new Button(I18n.tr("roster.import"), Icons.IMPORT.create());
        importButton.setId("roster-import");
        importButton.setDisable(!viewModel.canChange());
        importButton.setOnAction(e -> openImport.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(title, spring, new Label(null, Icons.SEARCH.create()), search, retired, add,
                importButton);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<RosterRow> table = table(viewModel);
        HBox.setHgrow(table, Priority.ALWAYS);
        ScrollPane editor = new ScrollPane(editor(viewModel));
        editor.setId("roster-editor");
        editor.setFitToWidth(true);
        editor.getStyleClass().add("ld-roster-editor");
        // narrow enough at 1024 px for the list beside it to show names and roles whole
        editor.setMinWidth(360);
        editor.setPrefWidth(440);
        HBox body = new HBox(12, table, editor);
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(header, body);
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                e.consume();
            }
        });
        viewModel.refresh();
    }

    private static TableView<RosterRow> table(RosterViewModel viewModel) {
        TableView<RosterRow> table = new TableView<>();
        table.setId("roster-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                // the least each needs to be read: a name and a role whole, the rest as far as it goes (the term
                // and portfolios are whole in the editor beside the list)
                column("roster.column.name", r -> r.person().displayName(), 70, 64),
                column("roster.column.role", r -> DomainLabels.role(r.person().role()), 120, 116),
                column("roster.column.portfolios", r -> RosterService.portfolioText(r.person().portfolios()), 80,
                        44),
                column("roster.column.term", r -> RosterText.term(r.person().term()), 200, 104),
                column("roster.column.state", r -> r.retiredOn()
                        .map(d -> I18n.tr("roster.state.retired", d.toString()))
                        .orElseGet(() -> I18n.tr("roster.state.serving")), 70, 52)));
        table.setRowFactory(t -> {
            TableRow<RosterRow> row = new TableRow<>() {
                @Override
                protected void updateItem(RosterRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(RETIRED, !empty && item != null && item.isRetired());
                }
            };
            return row;
        });
        SortedList<RosterRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.showPerson(row);
            }
        });
        Label empty = new Label(I18n.tr("roster.empty"));
        empty.setId("roster-empty");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        return table;
    }

    private static VBox editor(RosterViewModel viewModel) {
        Label heading = new Label();
        heading.setId("roster-editor-title");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.modeProperty().get()) {
            case NONE -> I18n.tr("roster.editor.none");
            case NEW -> I18n.tr("roster.editor.new");
            case EDIT -> viewModel.editingProperty().get().map(r -> RosterText.person(r.person())).orElse("");
        }, viewModel.modeProperty(), viewModel.editingProperty()));

        GridPane form = FormFields.grid();
        TextField id = text(viewModel, Field.ID, "roster-id", "roster.field.id.prompt");
        id.disableProperty().bind(viewModel.modeProperty().isNotEqualTo(RosterViewModel.Mode.NEW));
        FormFields.add(form, "roster.field.id", id, viewModel.problem(Field.ID));
        FormFields.add(form, "roster.field.name", text(viewModel, Field.NAME, "roster-name", "roster.field.name.prompt"),
                viewModel.problem(Field.NAME));
        ComboBox<Role> role = roles("roster-role");
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        FormFields.add(form, "roster.field.role", role, viewModel.problem(Field.ROLE));
        FormFields.add(form, "roster.field.portfolios", text(viewModel, Field.PORTFOLIOS, "roster-portfolios",
                "roster.field.portfolios.prompt"), viewModel.problem(Field.PORTFOLIOS));
        ComboBox<Person> supervisor = new ComboBox<>(viewModel.supervisors());
        supervisor.setId("roster-supervisor");
        supervisor.setMaxWidth(Double.MAX_VALUE);
        supervisor.setPromptText(I18n.tr("roster.field.supervisor.prompt"));
        supervisor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person person) {
                return person == null ? "" : RosterText.person(person);
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        supervisor.valueProperty().bindBidirectional(viewModel.supervisorProperty());
        Button noSupervisor = new Button(null, Icons.CLEAR.create());
        noSupervisor.setId("roster-supervisor-clear");
        noSupervisor.getStyleClass().add(Styles.FLAT);
        noSupervisor.setOnAction(e -> viewModel.supervisorProperty().set(null));
        HBox.setHgrow(supervisor, Priority.ALWAYS);
        HBox supervisorRow = new HBox(4, supervisor, noSupervisor);
        supervisorRow.setId("roster-supervisor-row");
        FormFields.add(form, "roster.field.supervisor", supervisorRow, viewModel.problem(Field.SUPERVISOR));
        FormFields.add(form, "roster.field.contact", text(viewModel, Field.CONTACT, "roster-contact",
                "roster.field.contact.prompt"), viewModel.problem(Field.CONTACT));
        FormFields.add(form, "roster.field.termStart", text(viewModel, Field.TERM_START, "roster-term-start",
                "roster.field.date.prompt"), viewModel.problem(Field.TERM_START));
        FormFields.add(form, "roster.field.termEnd", text(viewModel, Field.TERM_END, "roster-term-end",
                "roster.field.date.prompt"), viewModel.problem(Field.TERM_END));
        Label termHint = new Label(I18n.tr("roster.term.hint"));
        termHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        termHint.setWrapText(true);

        Button save = new Button(I18n.tr("roster.save"), Icons.SAVE.create());
        save.setId("roster-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        Button retire = new Button(I18n.tr("roster.retire"));
        retire.setId("roster-retire");
        retire.textProperty().bind(Bindings.when(viewModel.editingRetired())
                .then(I18n.tr("roster.reinstate")).otherwise(I18n.tr("roster.retire")));
        retire.setOnAction(e -> {
            if (viewModel.editingRetired().get()) {
                viewModel.reinstate();
            } else {
                viewModel.retire();
            }
        });
        Button delete = new Button(I18n.tr("roster.delete"));
        delete.setId("roster-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> viewModel.delete());
        var editingNobody = viewModel.modeProperty().isNotEqualTo(RosterViewModel.Mode.EDIT);
        boolean readOnly = !viewModel.canChange();
        save.disableProperty().bind(viewModel.modeProperty().isEqualTo(RosterViewModel.Mode.NONE)
                .or(viewModel.busyProperty()).or(Bindings.createBooleanBinding(() -> readOnly)));
        retire.disableProperty().bind(editingNobody.or(viewModel.busyProperty())
                .or(Bindings.createBooleanBinding(() -> readOnly)));
        delete.disableProperty().bind(editingNobody.or(viewModel.busyProperty())
                .or(Bindings.createBooleanBinding(() -> readOnly)));
        HBox buttons = new HBox(save, retire, delete);
        buttons.getStyleClass().add("ld-button-row");

        VBox person = new VBox(heading, form, termHint, buttons);
        person.getStyleClass().add("ld-section");
        person.disableProperty().bind(viewModel.modeProperty().isEqualTo(RosterViewModel.Mode.NONE));

        VBox terms = terms(viewModel, readOnly);
        terms.visibleProperty().bind(viewModel.modeProperty().isEqualTo(RosterViewModel.Mode.EDIT));
        terms.managedProperty().bind(terms.visibleProperty());
        VBox editor = new VBox(12, person, terms);
        editor.getStyleClass().add("ld-roster-editor-content");
        return editor;
    }

    private static VBox terms(RosterViewModel viewModel, boolean readOnly) {
        Label heading = new Label(I18n.tr("roster.terms.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        TableView<TermRecord> history = new TableView<>(viewModel.terms());
        history.setId("roster-terms");
        history.getStyleClass().addAll(Styles.BORDERED, Styles.DENSE);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setFixedCellSize(30);
        // tall enough for every term without a scroll bar: the header plus one fixed-height row each
        history.prefHeightProperty().bind(Bindings.size(viewModel.terms()).multiply(30).add(44));
        history.minHeightProperty().bind(history.prefHeightProperty());
        TableColumn<TermRecord, String> role = new TableColumn<>(I18n.tr("roster.terms.role"));
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DomainLabels.role(c.getValue().role())));
        TableColumn<TermRecord, String> range = new TableColumn<>(I18n.tr("roster.terms.range"));
        range.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(RosterText.term(c.getValue().term())));
        TableColumn<TermRecord, String> recorded = new TableColumn<>(I18n.tr("roster.terms.recorded"));
        recorded.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recordedBy()));
        role.setPrefWidth(110);
        range.setPrefWidth(190);
        history.getColumns().addAll(List.of(role, range, recorded));
        history.setPlaceholder(new Label(I18n.tr("roster.terms.empty")));

        Label addHeading = new Label(I18n.tr("roster.terms.add"));
        addHeading.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane form = FormFields.grid();
        ComboBox<Role> newRole = roles("roster-new-term-role");
        newRole.valueProperty().bindBidirectional(viewModel.newTermRoleProperty());
        FormFields.add(form, "roster.field.role", newRole, viewModel.newTermProblem(Field.ROLE));
        TextField start = new TextField();
        start.setId("roster-new-term-start");
        start.setPromptText(I18n.tr("roster.field.date.prompt"));
        start.textProperty().bindBidirectional(viewModel.newTermStartProperty());
        FormFields.add(form, "roster.field.termStart", start, viewModel.newTermProblem(Field.TERM_START));
        TextField end = new TextField();
        end.setId("roster-new-term-end");
        end.setPromptText(I18n.tr("roster.field.date.prompt"));
        end.textProperty().bindBidirectional(viewModel.newTermEndProperty());
        FormFields.add(form, "roster.field.termEnd", end, viewModel.newTermProblem(Field.TERM_END));
        Button add = new Button(I18n.tr("roster.terms.addButton"), Icons.ADD.create());
        add.setId("roster-add-term");
        add.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(() -> readOnly)));
        add.setOnAction(e -> viewModel.addTerm());
        Label hint = new Label(I18n.tr("roster.terms.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        VBox box = new VBox(heading, history, addHeading, form, hint, add);
        box.getStyleClass().add("ld-section");
        return box;
    }

    private static ComboBox<Role> roles(String id) {
        ComboBox<Role> box = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(Role.values())));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(I18n.tr("roster.field.role.prompt"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : DomainLabels.role(role);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : DomainLabels.role(item));
            }
        });
        return box;
    }

    private static TextField text(RosterViewModel viewModel, Field field, String id, String promptKey) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText(I18n.tr(promptKey));
        text.textProperty().bindBidirectional(viewModel.text(field));
        return text;
    }

    private static TableColumn<RosterRow, String> column(String key, Function<RosterRow, String> value,
                                                             double width, double least) {
        TableColumn<RosterRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(least);
        return column;
    }
}
