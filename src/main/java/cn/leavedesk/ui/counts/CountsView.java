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
        table.widthProperty().addListener((o, was, now) -> fitOrScroll());
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
        // all of it: cut to two lines it ended in "…" just where it says how to drill into a cell. Its width comes
        // from the row it is in (a wide preferred width would widen the page past the window)
        note.setPrefWidth(1);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox footer = new HBox(16, note, details);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.ALWAYS);

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
            // its header on two lines, so the column is as wide as 本规则未设限额 and the table fits a 1024 window
            Label header = new Label(none.getText());
            header.setWrapText(true);
            header.setMaxWidth(QUOTA_NOTE_WIDTH - 20);
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            none.setText("");
            none.setGraphic(header);
            table.getColumns().add(sized(none, QUOTA_NOTE_WIDTH));
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
        fitOrScroll();
    }

    /**
     * The columns share the table's width when they fit in it; when they do not (Wuhan's quota columns in a 1024
     * window) they keep their widths and the table scrolls sideways, instead of the last ones being cut off unseen.
     */
    private void fitOrScroll() {
        double needed = table.getColumns().stream().mapToDouble(CountsView::narrowest).sum() + SCROLL_BAR_WIDTH;
        boolean fits = table.getWidth() == 0 || needed <= table.getWidth();
        var policy = fits ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
            if (!fits) {
                // back to their own widths, which sharing the table's had stretched
                table.getColumns().forEach(CountsView::ownWidth);
            }
        }
    }

    private static void ownWidth(TableColumn<?, ?> column) {
        if (column.getColumns().isEmpty()) {
            column.setPrefWidth(column.getMinWidth());
        } else {
            column.getColumns().forEach(CountsView::ownWidth);
        }
    }

    private static double narrowest(TableColumn<?, ?> column) {
        return column.getColumns().isEmpty() ? column.getMinWidth()
                : column.getColumns().stream().mapToDouble(CountsView::narrowest).sum();
    }

    /** Room for the table's vertical scroll bar. */
    private static final double SCROLL_BAR_WIDTH = 16;

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

    /**
     * A column about as wide as its content, and never narrower than its header (会议请假, 外出天数 were cut to "…"):
     * the table's spare width goes to every column, a little each.
     */
    private static <S, T> TableColumn<S, T> sized(TableColumn<S, T> column, double width) {
        javafx.scene.text.Text header = new javafx.scene.text.Text(column.getText());
        header.setFont(javafx.scene.text.Font.font(HEADER_FONT_SIZE));
        // the cell padding on both sides and the sort arrow
        double fits = Math.max(width, Math.ceil(header.getLayoutBounds().getWidth()) + 26);
        column.setPrefWidth(fits);
        column.setMinWidth(fits);
        column.setMaxWidth(fits * 1.6);
        return column;
    }

    /** The column saying the rulebook sets no quota. */
    private static final double QUOTA_NOTE_WIDTH = 130;

    /** The theme's text size (AtlantaFX), in which the headers are set. */
    private static final double HEADER_FONT_SIZE = 14;

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
