package cn.leavedesk.ui.register;

import atlantafx.base.theme.Styles;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.LoadDemoDataCommand;
import cn.leavedesk.ui.RegisterEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The register as a sortable table with a search field. */
public final class RegisterView extends VBox {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    public RegisterView(RegisterViewModel viewModel, LoadDemoDataCommand loadDemo) {
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
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(title, spring, summary, searchIcon, search);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<RegisterEntry> table = new TableView<>();
        table.setId("register-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RegisterEntry, LocalDate> depart = dateColumn("register.column.depart", e -> e.absence().depart());
        TableColumn<RegisterEntry, Long> days = new TableColumn<>(I18n.tr("register.column.days"));
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().absence().days()));
        days.getStyleClass().add("ld-numeric");
        table.getColumns().addAll(List.of(
                sized(column("register.column.name", e -> e.person().displayName()), 90),
                sized(column("register.column.role", e -> DomainLabels.role(e.person().role())), 130),
                sized(column("register.column.kind", e -> DomainLabels.kind(e.absence().kind())), 90),
                sized(column("register.column.scope", e -> DomainLabels.scope(e.absence().scope())), 105),
                sized(depart, 110),
                sized(dateColumn("register.column.return", e -> e.absence().returnDate()), 110),
                sized(days, 60),
                sized(column("register.column.status", e -> DomainLabels.status(e.absence().status())), 80),
                sized(column("register.column.destination", e -> e.absence().destination().orElse("")), 130),
                // Last, so that it takes the width left over: reasons are the longest text.
                sized(column("register.column.reason", e -> e.absence().reason().orElse("")), 200)));
        depart.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(depart);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RegisterEntry item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CANCELLED, !empty && item != null && !item.absence().isActive());
            }
        });

        SortedList<RegisterEntry> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder(viewModel, loadDemo));
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(header, table);
    }

    private static <S, T> TableColumn<S, T> sized(TableColumn<S, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        return column;
    }

    private static VBox placeholder(RegisterViewModel viewModel, LoadDemoDataCommand loadDemo) {
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

    private static TableColumn<RegisterEntry, String> column(String key, Function<RegisterEntry, String> value) {
        TableColumn<RegisterEntry, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<RegisterEntry, LocalDate> dateColumn(String key,
                                                                     Function<RegisterEntry, LocalDate> value) {
        TableColumn<RegisterEntry, LocalDate> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DATE.format(item));
            }
        });
        return column;
    }
}
