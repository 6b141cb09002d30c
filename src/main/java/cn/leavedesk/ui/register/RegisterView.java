package cn.leavedesk.ui.register;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Labels;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterSort;
import cn.leavedesk.domain.register.RegisterSort.Column;
import cn.leavedesk.domain.register.RegisterSort.Direction;
import cn.leavedesk.service.RegisterRow;
import cn.leavedesk.ui.DayConverter;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.print.PrintActions;
import cn.leavedesk.ui.print.PrintMenus;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.LoadDemoDataCommand;
import cn.leavedesk.ui.register.RegisterViewModel.StatusChoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The register: search and filters above a table sorted by the database. Rows are read a page at a time as the
 * table scrolls; a row opens its absence by double-click, Enter or the context menu.
 */
public final class RegisterView extends VBox {
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    /** Read the next page once a row this close to the end of what is loaded is shown. */
    private static final int READ_AHEAD = 20;

    private final RegisterViewModel viewModel;
    private final Labels labels = Labels.of(I18n.current().locale());

    private PrintActions printing;

    public RegisterView(RegisterViewModel viewModel, LoadDemoDataCommand loadDemo) {
        this.viewModel = viewModel;
        getStyleClass().addAll("ld-page", "ld-register");

        Label title = new Label(I18n.tr("nav.register"));
        title.getStyleClass().add(Styles.TITLE_2);
        TextField search = new TextField();
        search.setId("register-search");
        search.setPromptText(I18n.tr("register.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setPrefColumnCount(22);
        Label searchIcon = new Label(null, Icons.SEARCH.create());
        Label summary = new Label();
        summary.setId("register-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summary());
        Button export = new Button(I18n.tr("register.export"), Icons.EXPORT.create());
        export.setId("register-export");
        export.disableProperty().bind(viewModel.exportingProperty());
        export.setOnAction(e -> viewModel.export());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(title, spring, summary, searchIcon, search, export);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<RegisterRow> table = table(loadDemo);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, filters(), table);

        // Ctrl+F goes to the search, as everywhere in the client.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
            }
        });
    }

    private FlowPane filters() {
        ComboBox<Optional<Person>> person = choice("register-filter-person", viewModel.people(),
                viewModel.personProperty(), "register.filter.anyPerson",
                p -> I18n.tr("request.person.option", p.displayName(), DomainLabels.role(p.role())));
        ComboBox<Optional<Role>> role = choice("register-filter-role",
                FXCollections.observableArrayList(Role.values()), viewModel.roleProperty(), "register.filter.anyRole",
                DomainLabels::role);
        ComboBox<Optional<Kind>> kind = choice("register-filter-kind",
                FXCollections.observableArrayList(Kind.values()), viewModel.kindProperty(), "register.filter.anyKind",
                DomainLabels::kind);
        ComboBox<Optional<Scope>> scope = choice("register-filter-scope",
                FXCollections.observableArrayList(Scope.values()), viewModel.scopeProperty(),
                "register.filter.anyScope", DomainLabels::scope);
        ComboBox<Optional<Verdict>> verdict = choice("register-filter-verdict",
                FXCollections.observableArrayList(Verdict.values()), viewModel.verdictProperty(),
                "register.filter.anyVerdict", labels::of);

        ComboBox<StatusChoice> status = new ComboBox<>(FXCollections.observableArrayList(StatusChoice.values()));
        status.setId("register-filter-status");
        status.setConverter(converter(RegisterView::statusText));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());

        DatePicker from = datePicker("register-filter-from", viewModel.fromProperty(), "register.filter.from");
        DatePicker to = datePicker("register-filter-to", viewModel.toProperty(), "register.filter.to");
        Label dash = new Label(I18n.tr("register.filter.dateSeparator"));
        CheckBox open = new CheckBox(I18n.tr("register.filter.openSteps"));
        open.setId("register-filter-open-steps");
        open.selectedProperty().bindBidirectional(viewModel.openStepsOnlyProperty());
        Button clear = new Button(I18n.tr("register.filter.clear"));
        clear.setId("register-filter-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> viewModel.clearFilters());

        HBox dates = new HBox(4, from, dash, to);
        dates.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(8, 6, new Label(null, Icons.FILTER.create()), person, role, kind, scope, status,
                dates, verdict, open, clear);
        bar.setId("register-filters");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("ld-register-filters");
        return bar;
    }

    /** A filter's choices: "all" first, then the values. */
    private static <T> ComboBox<Optional<T>> choice(String id, ObservableList<T> values, ObjectProperty<T> property,
                                                    String anyKey, Function<T, String> text) {
        ObservableList<Optional<T>> items = FXCollections.observableArrayList();
        // "All" stays the first item for good; only the values after it are replaced.
        items.add(Optional.empty());
        Runnable fill = () -> {
            List<Optional<T>> all = new ArrayList<>();
            values.forEach(v -> all.add(Optional.of(v)));
            items.remove(1, items.size());
            items.addAll(all);
        };
        fill.run();
        ComboBox<Optional<T>> box = new ComboBox<>(items);
        // Replacing the values (the roster read again) clears a chosen value's selection: show the choice again.
        values.addListener((javafx.collections.ListChangeListener<T>) c -> {
            fill.run();
            if (box.getValue() == null) {
                box.setValue(Optional.ofNullable(property.get()));
            }
        });
        box.setId(id);
        box.setConverter(converter(v -> v == null ? I18n.tr(anyKey) : v.map(text).orElseGet(() -> I18n.tr(anyKey))));
        box.setValue(Optional.ofNullable(property.get()));
        box.valueProperty().addListener((o, old, now) -> {
            if (now == null) {
                // the selection cleared while the items are replaced: not a choice, the filter stays as it is
                return;
            }
            T wanted = now.orElse(null);
            if (wanted != property.get()) {
                property.set(wanted);
            }
        });
        property.addListener((o, old, now) -> {
            if (box.getValue() == null || box.getValue().orElse(null) != now) {
                box.setValue(Optional.ofNullable(now));
            }
        });
        box.setVisibleRowCount(14);
        return box;
    }

    private static DatePicker datePicker(String id, ObjectProperty<LocalDate> property, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(I18n.tr(promptKey));
        picker.setPrefWidth(140);
        picker.setConverter(new DayConverter());
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private static String statusText(StatusChoice choice) {
        return I18n.tr(switch (choice) {
            case USUAL -> "register.filter.status.usual";
            case ACTIVE -> "register.filter.status.active";
            case CANCELLED -> "register.filter.status.cancelled";
            case SUPERSEDED -> "register.filter.status.superseded";
            case EVERY -> "register.filter.status.every";
        });
    }

    private TableView<RegisterRow> table(LoadDemoDataCommand loadDemo) {
        TableView<RegisterRow> table = new TableView<>(viewModel.rows());
        table.setId("register-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RegisterRow, String> depart = column("register.column.depart", Column.DEPART,
                r -> r.absence().depart().toString(), 100);
        depart.setMinWidth(100);
        TableColumn<RegisterRow, String> days = column("register.column.days", Column.DAYS,
                r -> String.valueOf(r.absence().days()), 62);
        fixed(days);
        days.getStyleClass().add("ld-numeric");
        TableColumn<RegisterRow, String> openSteps = column("register.column.openSteps", Column.OPEN_STEPS,
                r -> r.openSteps() == 0 ? "" : String.valueOf(r.openSteps()), 80);
        fixed(openSteps);
        openSteps.getStyleClass().add("ld-numeric");
        table.getColumns().addAll(List.of(
                fixed(column("register.column.id", Column.ID, r -> r.absence().id(), 84)),
                fixed(column("register.column.name", Column.PERSON, r -> r.person().displayName(), 64)),
                fixed(column("register.column.role", Column.ROLE, r -> DomainLabels.role(r.person().role()), 120)),
                fixed(column("register.column.kind", Column.KIND, r -> DomainLabels.kind(r.absence().kind()), 76)),
                fixed(column("register.column.scope", Column.SCOPE, r -> DomainLabels.scope(r.absence().scope()), 60)),
                depart,
                fixed(column("register.column.return", Column.RETURN, r -> r.absence().returnDate().toString(), 100)),
                days,
                fixed(column("register.column.status", Column.STATUS, r -> stateText(r.state()), 66)),
                fixed(column("register.column.verdict", Column.VERDICT, r -> r.verdict().map(labels::of).orElse(""),
                        60)),
                openSteps,
                atLeast(column("register.column.destination", Column.DESTINATION,
                        r -> r.absence().destination().orElse(""), 100), 84),
                // Last, so that it takes the width left over: reasons are the longest text.
                column("register.column.reason", Column.REASON, r -> r.absence().reason().orElse(""), 160)));
        depart.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(depart);
        // The database sorts: a click on a header asks for the first page in that order.
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<RegisterRow, ?> first = t.getSortOrder().get(0);
                if (first.getUserData() instanceof Column column) {
                    viewModel.sortBy(RegisterSort.by(column, first.getSortType() == TableColumn.SortType.ASCENDING
                            ? Direction.ASCENDING : Direction.DESCENDING));
                }
            } else {
                viewModel.sortBy(RegisterSort.NEWEST);
            }
            return true;
        });
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            RegisterRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.open(selected);
                e.consume();
            }
        });
        table.setPlaceholder(placeholder(loadDemo));
        keepSelectionAcrossReads(table);
        return table;
    }

    /**
     * The register is read again whenever anything changes elsewhere; the row the clerk had chosen stays chosen, so
     * Enter still opens it.
     */
    private void keepSelectionAcrossReads(TableView<RegisterRow> table) {
        String[] chosen = {null};
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                chosen[0] = now.absence().id();
            }
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<RegisterRow>) c -> {
            if (chosen[0] != null && table.getSelectionModel().getSelectedItem() == null) {
                for (int i = 0; i < viewModel.rows().size(); i++) {
                    if (viewModel.rows().get(i).absence().id().equals(chosen[0])) {
                        table.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        });
    }

    private TableRow<RegisterRow> row() {
        TableRow<RegisterRow> row = new TableRow<>() {
            @Override
            protected void updateItem(RegisterRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CANCELLED, !empty && item != null && item.state() != AbsenceState.ACTIVE);
                if (!empty && getIndex() >= viewModel.rows().size() - READ_AHEAD) {
                    viewModel.loadMore();
                }
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                viewModel.open(row.getItem());
            }
        });
        MenuItem open = new MenuItem(I18n.tr("register.open"), Icons.OPEN.create());
        open.setId("register-open");
        open.setOnAction(e -> viewModel.open(row.getItem()));
        ContextMenu menu = new ContextMenu(open);
        // The printed forms join the menu once printing is offered (the client does; some tests do not).
        menu.setOnShowing(e -> {
            if (printing != null && menu.getItems().size() == 1) {
                ContextMenu forms = PrintMenus.forAbsence(printing,
                        () -> Optional.ofNullable(row.getItem()).map(r -> r.absence().id()));
                List<MenuItem> items = new ArrayList<>(forms.getItems());
                forms.getItems().clear();
                menu.getItems().add(new SeparatorMenuItem());
                menu.getItems().addAll(items);
            }
        });
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(menu));
        return row;
    }

    /** A right click on an absence also offers its printed forms. */
    public void offerPrinting(PrintActions print) {
        this.printing = print;
    }

    private String stateText(AbsenceState state) {
        return switch (state) {
            case ACTIVE -> DomainLabels.status(cn.leavedesk.domain.Status.ACTIVE);
            case CANCELLED -> DomainLabels.status(cn.leavedesk.domain.Status.CANCELLED);
            case SUPERSEDED -> I18n.tr("register.state.superseded");
        };
    }

    private VBox placeholder(LoadDemoDataCommand loadDemo) {
        Label text = new Label();
        text.setId("register-empty");
        text.textProperty().bind(Bindings.when(viewModel.registerEmpty())
                .then(I18n.tr("register.empty")).otherwise(I18n.tr("register.noMatch")));
        Button demo = new Button(I18n.tr("menu.file.loadDemo"), Icons.DEMO_DATA.create());
        demo.setId("register-load-demo");
        demo.disableProperty().bind(loadDemo.runningProperty());
        demo.visibleProperty().bind(viewModel.registerEmpty().and(loadDemo.availableProperty()));
        demo.managedProperty().bind(loadDemo.availableProperty());
        demo.setOnAction(e -> loadDemo.execute());
        VBox box = new VBox(text, demo);
        box.getStyleClass().add("ld-placeholder");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** A text column; {@code sortBy} names the database's sort for it, none when the database cannot sort by it. */
    private static TableColumn<RegisterRow, String> column(String key, Column sortBy,
                                                           Function<RegisterRow, String> value, double width) {
        TableColumn<RegisterRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        column.setUserData(sortBy);
        column.setSortable(sortBy != null);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 50));
        return column;
    }

    /** Dates, ids and short words are never cut off; the text columns give way instead. */
    private static <T> TableColumn<RegisterRow, T> fixed(TableColumn<RegisterRow, T> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** A text column that gives way, but not below a width that still shows a city's name and its header. */
    private static <T> TableColumn<RegisterRow, T> atLeast(TableColumn<RegisterRow, T> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choose from the list");
            }
        };
    }

}
