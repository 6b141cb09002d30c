package cn.leavedesk.ui.register;

import atlantafx.base.theme.Styles;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.LoadDemoDataCommand;
import cn.leavedesk.ui.RegisterEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The register as a sortable table with a search field. */
public final class RegisterView extends VBox {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

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
        table.getColumns().add(column("register.column.name", e -> e.person().displayName()));
        table.getColumns().add(column("register.column.role", e -> DomainLabels.role(e.person().role())));
        table.getColumns().add(column("register.column.kind", e -> DomainLabels.kind(e.absence().kind())));
        table.getColumns().add(column("register.column.scope", e -> DomainLabels.scope(e.absence().scope())));
        table.getColumns().add(dateColumn("register.column.depart", e -> e.absence().depart()));
        table.getColumns().add(dateColumn("register.column.return", e -> e.absence().returnDate()));
        TableColumn<RegisterEntry, Long> days = new TableColumn<>(I18n.tr("register.column.days"));
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().absence().days()));
        days.getStyleClass().add("ld-numeric");
        table.getColumns().add(days);
        table.getColumns().add(column("register.column.destination", e -> e.absence().destination().orElse("")));
        table.getColumns().add(column("register.column.reason", e -> e.absence().reason().orElse("")));
        table.getColumns().add(column("register.column.status", e -> DomainLabels.status(e.absence().status())));

        SortedList<RegisterEntry> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder(viewModel, loadDemo));
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(header, table);
    }

    private static VBox placeholder(RegisterViewModel viewModel, LoadDemoDataCommand loadDemo) {
        Label text = new Label();
        text.setId("register-empty");
        text.textProperty().bind(Bindings.when(viewModel.registerEmpty())
                .then(I18n.tr("register.empty")).otherwise(I18n.tr("register.noMatch")));
        Button demo = new Button(I18n.tr("menu.file.loadDemo"), Icons.DEMO_DATA.create());
        demo.setId("register-load-demo");
        demo.visibleProperty().bind(viewModel.registerEmpty());
        demo.disableProperty().bind(loadDemo.runningProperty());
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
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DATE.format(item));
            }
        });
        return column;
    }
}
