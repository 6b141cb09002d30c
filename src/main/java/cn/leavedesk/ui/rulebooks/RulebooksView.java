package cn.leavedesk.ui.rulebooks;

import atlantafx.base.theme.Styles;
import cn.leavedesk.service.RuleRow;
import cn.leavedesk.service.RulebookPage;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The rulebook in force, read-only: citation, whether its source is complete, notes, and its articles. */
public final class RulebooksView extends VBox {
    private final Label heading = new Label();
    private final Label citation = new Label();
    private final VBox completeness = new VBox();
    private final VBox notes = new VBox();
    private final Label rulesTitle = new Label();
    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();

    public RulebooksView(RulebooksViewModel viewModel) {
        getStyleClass().addAll("ld-page", "ld-rulebooks");
        heading.setId("rulebook-title");
        heading.getStyleClass().add(Styles.TITLE_2);
        heading.setWrapText(true);
        citation.setId("rulebook-citation");
        citation.getStyleClass().add(Styles.TEXT_MUTED);
        notes.getStyleClass().add("ld-rulebook-notes");
        rulesTitle.getStyleClass().add(Styles.TITLE_4);
        Label readOnly = new Label(I18n.tr("rulebooks.readOnly"));
        readOnly.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox tableHeader = new HBox(rulesTitle, readOnly);
        tableHeader.getStyleClass().add("ld-toolbar");
        tableHeader.setAlignment(Pos.BASELINE_LEFT);

        TableView<RuleRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new VBox(heading, citation), completeness, notes, tableHeader, table);

        viewModel.page().addListener((obs, old, page) -> show(page));
        show(viewModel.page().get());
    }

    private TableView<RuleRow> table() {
        TableView<RuleRow> table = new TableView<>(rows);
        table.setId("rulebook-rules");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED, "ld-rule-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(220);
        table.getColumns().addAll(List.of(
                wrapping("rulebooks.column.article", RuleRow::article, 120),
                wrapping("rulebooks.column.appliesTo", RuleRow::appliesTo, 200),
                wrapping("rulebooks.column.steps", RuleRow::steps, 230),
                wrapping("rulebooks.column.advance", RuleRow::advance, 90),
                // Last, so that it takes the width left over: the provision's wording is the longest text.
                wrapping("rulebooks.column.summary", RuleRow::summary, 300)));
        return table;
    }

    private void show(RulebookPage page) {
        heading.setText(page.heading());
        citation.setText(page.document() + "    " + page.adopted());
        completeness.getChildren().setAll(page.sourceComplete() ? completeNote() : incompleteBanner());
        notes.getChildren().clear();
        if (!page.notes().isEmpty() || !page.other().isEmpty()) {
            Label title = new Label(I18n.tr("rulebooks.notes"));
            title.getStyleClass().add(Styles.TITLE_4);
            notes.getChildren().add(title);
            page.notes().forEach(n -> notes.getChildren().add(paragraph(n)));
            page.other().forEach(o -> notes.getChildren().add(paragraph(o)));
        }
        rulesTitle.setText(I18n.tr("rulebooks.rules", page.rules().size()));
        rows.setAll(page.rules());
    }

    private static Label paragraph(String text) {
        Label label = new Label("• " + text);
        label.setWrapText(true);
        // Whole notes, not one line each ending in "…": the table of articles below takes the height that is left.
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("ld-note");
        return label;
    }

    private static Label completeNote() {
        Label label = new Label(I18n.tr("rulebooks.complete"), Icons.SOURCE_COMPLETE.create());
        label.setId("rulebook-complete");
        label.getStyleClass().add("ld-source-complete");
        return label;
    }

    private static VBox incompleteBanner() {
        Label title = new Label(I18n.tr("rulebooks.incomplete.title"), Icons.SOURCE_INCOMPLETE.create());
        title.getStyleClass().add("ld-banner-title");
        Label text = new Label(I18n.tr("rulebooks.incomplete.text"));
        text.setWrapText(true);
        VBox banner = new VBox(title, text);
        banner.setId("rulebook-incomplete");
        banner.getStyleClass().add("ld-banner-danger");
        return banner;
    }

    /** A column whose cells wrap long Chinese text instead of cutting it off with an ellipsis. */
    private static TableColumn<RuleRow, String> wrapping(String key, Function<RuleRow, String> value, double width) {
        TableColumn<RuleRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(WrappingCell::new);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        column.setSortable(false);
        return column;
    }

    private static final class WrappingCell extends TableCell<RuleRow, String> {
        private final Text text = new Text();

        /** Wraps at the column's width: the cell's own width moves during layout and would feed back into it. */
        WrappingCell(TableColumn<RuleRow, String> column) {
            text.getStyleClass().add("ld-cell-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(20));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
        }
    }
}
