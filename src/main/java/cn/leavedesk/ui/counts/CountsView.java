package cn.leavedesk.ui.counts;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.service.QuotaUse;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.print.PrintActions;
import cn.leavedesk.ui.print.PrintMenus;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The year's counts per person as a sortable table, with a year picker, a role-group filter and an export. */
public final class CountsView extends VBox {
    private static final PseudoClass EXCEEDED = PseudoClass.getPseudoClass("exceeded");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final HBox header;
    private final CountsViewModel viewModel;

    public CountsView(CountsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("ld-page", "ld-counts");

        Label title = new Label(I18n.tr("nav.annualCounts"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label();
        summary.setId("counts-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summary());
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(viewModel.years()));
        year.setId("counts-year");
        year.valueProperty().bindBidirectional(viewModel.yearProperty());
        year.setVisibleRowCount(8);
        ComboBox<CountsViewModel.Filter> filter = new ComboBox<>(
                FXCollections.observableArrayList(CountsViewModel.Filter.values()));
        filter.setId("counts-filter");
        filter.valueProperty().bindBidirectional(viewModel.filterProperty());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(CountsViewModel.Filter value) {
                return value == null ? "" : value.label();
            }

            @Override
            public CountsViewModel.Filter fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        Button export = new Button(I18n.tr("counts.export"), Icons.EXPORT.create());
        export.setId("counts-export");
        export.setOnAction(e -> viewModel.export());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        header = new HBox(title, spring, summary, new Label(I18n.tr("counts.year")), year,
                new Label(I18n.tr("counts.group")), filter, export);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<CountsRow> table = new TableView<>();
        table.setId("counts-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED, "ld-counts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CountsRow, String> name = column("counts.column.name", r -> r.line().name());
        TableColumn<CountsRow, Role> role = column("counts.column.role", r -> r.line().role());
        role.setCellFactory(c -> textCell(DomainLabels::role));
        table.getColumns().add(sized(name, 90));
        table.getColumns().add(sized(role, 130));
        for (Kind kind : Kind.values()) {
            table.getColumns().add(sized(numeric(DomainLabels.kind(kind), r -> r.count(kind)), 70));
        }
        table.getColumns().add(sized(numeric(I18n.tr("counts.column.daysAway"), r -> r.line().daysAway()), 80));
        table.getColumns().add(sized(numeric(I18n.tr("counts.column.tripsAbroad"), r -> r.line().tripsAbroad()), 90));
        TableColumn<CountsRow, Optional<QuotaUse>> quota = column("counts.column.quota", CountsRow::quota);
        quota.setComparator((a, b) -> a.map(CountsViewModel::quotaText).orElse("")
                .compareTo(b.map(CountsViewModel::quotaText).orElse("")));
        quota.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<QuotaUse> item, boolean empty) {
                super.updateItem(item, empty);
                Optional<QuotaUse> use = empty || item == null ? Optional.empty() : item;
                setText(use.map(CountsViewModel::quotaText).orElse(null));
                pseudoClassStateChanged(EXCEEDED, use.filter(QuotaUse::isExceeded).isPresent());
                pseudoClassStateChanged(WARNING, use.filter(u -> u.isAnyLimitExceeded() && !u.isExceeded()).isPresent());
            }
        });
        quota.getStyleClass().add("ld-quota");
        table.getColumns().add(sized(quota, 220));
        role.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().add(role);

        SortedList<CountsRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(I18n.tr("counts.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label note = new Label(I18n.tr("counts.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        getChildren().addAll(header, table, note);
        // The screen is kept once built; reading again each time it is shown picks up new records.
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.refresh();
            }
        });
    }

    /** A 打印 button beside the export: the chosen year's summary, printed or saved as PDF. */
    public void offerPrinting(PrintActions print) {
        header.getChildren().add(PrintMenus.forAnnual(print, () -> viewModel.yearProperty().get()));
    }

    private static <T> TableCell<CountsRow, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private static <S, T> TableColumn<S, T> sized(TableColumn<S, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        return column;
    }

    private static <T> TableColumn<CountsRow, T> column(String key, Function<CountsRow, T> value) {
        TableColumn<CountsRow, T> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<CountsRow, Integer> numeric(String header, Function<CountsRow, Integer> value) {
        TableColumn<CountsRow, Integer> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getStyleClass().add("ld-numeric");
        return column;
    }
}
