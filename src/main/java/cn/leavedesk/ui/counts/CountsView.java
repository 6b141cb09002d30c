package cn.leavedesk.ui.counts;

import cn.leavedesk.service.DisplayText;
import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Role;
import cn.leavedesk.service.AnnualReview;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.print.PrintActions;
import cn.leavedesk.ui.print.PrintMenus;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The leaders' review: the year's counts per person as a sortable table with the quota left under each limit of the
 * rulebook (cells at or over a limit marked), a stacked bar chart of days away by month and kind for the chosen row
 * (or everyone shown), and the absences behind a cell on a double click or the 明细 button.
 */
public final class CountsView extends VBox {
    private static final PseudoClass EXCEEDED = PseudoClass.getPseudoClass("exceeded");
    private static final PseudoClass AT_LIMIT = PseudoClass.getPseudoClass("at-limit");
    private static final PseudoClass NOT_LIMITED = PseudoClass.getPseudoClass("not-limited");

    private final CountsViewModel viewModel;
    private final TableView<CountsRow> table = new TableView<>();
    private final StackedBarChart<String, Number> chart;

    private final HBox header;

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

        Label quotaNotice = new Label();
        quotaNotice.setId("counts-quota-notice");
        quotaNotice.setWrapText(true);
        quotaNotice.getStyleClass().add("ld-quota-notice");
        quotaNotice.managedProperty().bind(quotaNotice.visibleProperty());
        quotaNotice.visibleProperty().bind(quotaNotice.textProperty().isNotEmpty());

        table.setId("counts-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED, "ld-counts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setCellSelectionEnabled(true);
        SortedList<CountsRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(I18n.tr("counts.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.selectedProperty()
                .set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        columns(Optional.empty());
        viewModel.reviewProperty().addListener((o, was, now) -> {
            columns(now);
            quotaNotice.setText(now.filter(r -> !r.hasQuotas()).map(r -> I18n.tr("counts.quota.noneInRulebook"))
                    .orElse(""));
        });

        Button details = new Button(I18n.tr("counts.drill"), Icons.REGISTER.create());
        details.setId("counts-drill");
        details.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedCells()));
        details.setOnAction(e -> drillSelected());
        details.setMinWidth(Region.USE_PREF_SIZE);

        CategoryAxis months = new CategoryAxis(FXCollections.observableArrayList(monthNames()));
        NumberAxis days = new NumberAxis();
        days.setLabel(I18n.tr("counts.chart.days"));
        days.setMinorTickVisible(false);
        chart = new StackedBarChart<>(months, days);
        chart.setId("counts-chart");
        chart.getStyleClass().add("ld-counts-chart");
        chart.setAnimated(false);
        chart.setLegendSide(Side.RIGHT);
        chart.setPrefHeight(210);
        chart.setMinHeight(180);
        chart.setCategoryGap(8);
        viewModel.chartProperty().addListener((o, was, now) -> drawChart(now));
        drawChart(viewModel.chartProperty().get());
        viewModel.drillDownProperty().addListener((o, was, now) -> now.ifPresent(this::showDrillDown));

        Label note = new Label(I18n.tr("counts.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, note, gap, details);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.SOMETIMES);

        getChildren().addAll(header, quotaNotice, table, footer, chart);
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

    /** The columns for the review's rulebook: one per period its quotas limit, or one saying it sets none. */
    private void columns(Optional<AnnualReview> review) {
        table.getColumns().clear();
        TableColumn<CountsRow, String> name = column("counts.column.name", r -> r.line().displayName(), null);
        TableColumn<CountsRow, Role> role = column("counts.column.role", r -> r.line().role(), null);
        role.setCellFactory(c -> textCell(DomainLabels::role));
        table.getColumns().add(sized(name, 60));
        table.getColumns().add(sized(role, 90));
        for (Kind kind : Kind.values()) {
            table.getColumns().add(sized(numeric(DomainLabels.kind(kind), r -> r.count(kind),
                    new AnnualReview.Cell.OfKind(kind)), 58));
        }
        table.getColumns().add(sized(numeric(I18n.tr("counts.column.daysAway"), r -> r.line().daysAway(),
                new AnnualReview.Cell.DaysAway()), 66));
        table.getColumns().add(sized(numeric(I18n.tr("counts.column.tripsAbroad"), r -> r.line().tripsAbroad(),
                new AnnualReview.Cell.TripsAbroad()), 80));
        if (review.isPresent() && !review.get().hasQuotas()) {
            TableColumn<CountsRow, String> none = column("counts.column.quota",
                    r -> I18n.tr("counts.quota.notSet"), null);
            none.getStyleClass().add("ld-quota");
            none.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    pseudoClassStateChanged(NOT_LIMITED, !empty);
                }
            });
            table.getColumns().add(sized(none, 200));
        } else if (review.isPresent()) {
            TableColumn<CountsRow, String> group = new TableColumn<>(I18n.tr("counts.column.quotaLeft",
                    review.get().quotaArticle().orElse("")));
            group.setId("counts-quota-group");
            for (QuotaPeriod period : review.get().periods()) {
                group.getColumns().add(sized(quotaColumn(period), 126));
            }
            table.getColumns().add(group);
        }
        role.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(role));
    }

    private TableColumn<CountsRow, String> quotaColumn(QuotaPeriod period) {
        TableColumn<CountsRow, String> column = new TableColumn<>(CountsViewModel.periodName(period));
        column.setId("counts-quota-" + period.name().toLowerCase(java.util.Locale.ROOT));
        column.setUserData(new AnnualReview.Cell.Quota(period));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                CountsViewModel.quotaCell(c.getValue().quota(), period).text()));
        column.getStyleClass().add("ld-quota");
        column.setCellFactory(c -> {
            TableCell<CountsRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    CountsRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    DisplayText.QuotaMark mark = row == null ? DisplayText.QuotaMark.NONE
                            : CountsViewModel.quotaCell(row.quota(), period).mark();
                    setText(row == null ? null : item);
                    pseudoClassStateChanged(AT_LIMIT, mark == DisplayText.QuotaMark.AT_LIMIT);
                    pseudoClassStateChanged(EXCEEDED, mark == DisplayText.QuotaMark.EXCEEDED);
                    pseudoClassStateChanged(NOT_LIMITED, mark == DisplayText.QuotaMark.NOT_LIMITED);
                    setTooltip(mark == DisplayText.QuotaMark.EXCEEDED ? new Tooltip(I18n.tr("counts.quota.exceeded"))
                            : mark == DisplayText.QuotaMark.AT_LIMIT ? new Tooltip(I18n.tr("counts.quota.atLimit")) : null);
                }
            };
            drillOnDoubleClick(cell, new AnnualReview.Cell.Quota(period));
            return cell;
        });
        return column;
    }

    private void drillOnDoubleClick(TableCell<CountsRow, ?> cell, AnnualReview.Cell what) {
        cell.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !cell.isEmpty() && cell.getTableRow().getItem() != null) {
                viewModel.drill(cell.getTableRow().getItem(), what);
            }
        });
    }

    /** The drill-down of the focused cell, for the keyboard and the button. */
    private void drillSelected() {
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) {
            return;
        }
        TablePosition<?, ?> position = cells.get(0);
        CountsRow row = table.getItems().get(position.getRow());
        Object what = position.getTableColumn() == null ? null : position.getTableColumn().getUserData();
        viewModel.drill(row, what instanceof AnnualReview.Cell cell ? cell : new AnnualReview.Cell.DaysAway());
    }

    private void showDrillDown(CountsViewModel.DrillDown drill) {
        ListView<Absence> list = new ListView<>(FXCollections.observableArrayList(drill.absences()));
        list.setId("counts-drill-list");
        list.setPlaceholder(new Label(I18n.tr("counts.drill.empty")));
        list.setPrefSize(560, 280);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Absence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : CountsViewModel.describe(item));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                viewModel.openAbsence(list.getSelectionModel().getSelectedItem());
            }
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("counts.drill"));
        dialog.setHeaderText(drill.title());
        ButtonType open = new ButtonType(I18n.tr("counts.drill.open"), ButtonBar.ButtonData.OTHER);
        // The toolkit's own 关闭/Close follows the JVM's language, not the clerk's: the bundle names it.
        ButtonType close = new ButtonType(I18n.tr("counts.drill.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, close);
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().setId("counts-drill-dialog");
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("counts-drill-open");
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // The dialog stays open: a clerk opens one trip after another.
        openButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.openAbsence(list.getSelectionModel().getSelectedItem());
        });
        if (getScene() != null && getScene().getWindow() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.getDialogPane().getStylesheets().addAll(getScene() == null ? List.of() : getScene().getStylesheets());
        dialog.show();
    }

    private void drawChart(CountsViewModel.Chart data) {
        chart.setTitle(data.title());
        List<XYChart.Series<String, Number>> series = new java.util.ArrayList<>();
        List<String> names = monthNames();
        for (Kind kind : Kind.values()) {
            // Every kind, empty ones too, so that a series' colour (by its index) is its kind's colour.
            List<Integer> days = data.days().getOrDefault(kind, java.util.Collections.nCopies(12, 0));
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(DomainLabels.kind(kind));
            for (int m = 0; m < 12; m++) {
                line.getData().add(new XYChart.Data<>(names.get(m), days.get(m)));
            }
            series.add(line);
        }
        chart.getData().setAll(series);
    }

    private static List<String> monthNames() {
        java.util.Locale locale = java.util.Locale.forLanguageTag(I18n.tr("away.dateLocale"));
        return java.util.Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT, locale)).toList();
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

    /** A column about as wide as its content: the table's spare width goes to every column, a little each. */
    private static <S, T> TableColumn<S, T> sized(TableColumn<S, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width * 1.6);
        return column;
    }

    private static <T> TableColumn<CountsRow, T> column(String key, Function<CountsRow, T> value,
                                                        AnnualReview.Cell what) {
        TableColumn<CountsRow, T> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setUserData(what);
        return column;
    }

    private TableColumn<CountsRow, Integer> numeric(String header, Function<CountsRow, Integer> value,
                                                   AnnualReview.Cell what) {
        TableColumn<CountsRow, Integer> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getStyleClass().add("ld-numeric");
        column.setUserData(what);
        column.setCellFactory(c -> {
            TableCell<CountsRow, Integer> cell = new TableCell<>() {
                @Override
                protected void updateItem(Integer item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : String.valueOf(item));
                }
            };
            drillOnDoubleClick(cell, what);
            return cell;
        });
        return column;
    }
}
