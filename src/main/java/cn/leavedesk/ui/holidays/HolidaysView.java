package cn.leavedesk.ui.holidays;

import atlantafx.base.theme.Styles;
import cn.leavedesk.service.HolidayYear;
import cn.leavedesk.ui.FormFields;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.holidays.HolidaysViewModel.BlockRow;
import cn.leavedesk.ui.holidays.HolidaysViewModel.Field;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** 节假日安排: the years known on the left, the notice form on the right. */
public final class HolidaysView extends VBox {
    public HolidaysView(HolidaysViewModel viewModel, boolean canChange) {
        getStyleClass().addAll("ld-page", "ld-holidays");

        Label title = new Label(I18n.tr("nav.holidays"));
        title.getStyleClass().add(Styles.TITLE_2);
        Button fromFile = new Button(I18n.tr("holidays.fromFile"), Icons.IMPORT.create());
        fromFile.setId("holidays-from-file");
        fromFile.setDisable(!canChange);
        fromFile.setOnAction(e -> viewModel.addFromFile());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(title, spring, fromFile);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<HolidayYear> years = years(viewModel);
        Label folder = new Label(I18n.tr("holidays.folder", viewModel.folder()));
        folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        folder.setWrapText(true);
        VBox left = new VBox(8, years, folder);
        VBox.setVgrow(years, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        ScrollPane form = new ScrollPane(form(viewModel, canChange));
        form.setFitToWidth(true);
        // the form keeps room for a holiday's name and two days on one line; the years beside it give way, down to
        // each year and where it comes from
        form.setMinWidth(460);
        form.setPrefWidth(500);
        HBox body = new HBox(12, left, form);
        VBox.setVgrow(body, Priority.ALWAYS);
        // the status bar names the missing year on every screen; here it is said in full
        Label warning = new Label(null, Icons.WARNING.create());
        warning.setId("holidays-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.warningProperty());
        VBox banner = new VBox(warning);
        banner.getStyleClass().add("ld-banner-warning");
        banner.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        getChildren().addAll(header, banner, body);
        viewModel.refresh();
    }

    private static TableView<HolidayYear> years(HolidaysViewModel viewModel) {
        TableView<HolidayYear> table = new TableView<>(viewModel.years());
        table.setId("holidays-years");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("holidays.column.year", y -> Integer.toString(y.year()), 55, 56),
                column("holidays.column.origin", y -> I18n.tr(switch (y.origin()) {
                    case LIBRARY -> "holidays.origin.library";
                    case SHIPPED -> "holidays.origin.shipped";
                    case OFFICE -> "holidays.origin.office";
                }), 95, 92),
                column("holidays.column.days", y -> I18n.tr("holidays.days", y.daysOff(), y.makeUpWorkdays()), 190,
                        80),
                column("holidays.column.source", HolidayYear::source, 120, 40)));
        table.getSortOrder().clear();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, year) -> {
            if (year != null) {
                viewModel.correct(year);
            }
        });
        table.setPlaceholder(new Label(I18n.tr("holidays.none")));
        return table;
    }

    private static VBox form(HolidaysViewModel viewModel, boolean canChange) {
        Label heading = new Label(I18n.tr("holidays.form.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(I18n.tr("holidays.form.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        GridPane grid = FormFields.grid();
        TextField year = new TextField();
        year.setId("holidays-year");
        year.setPrefColumnCount(6);
        year.textProperty().bindBidirectional(viewModel.yearProperty());
        FormFields.add(grid, "holidays.field.year", year, viewModel.problem(Field.YEAR));
        TextField source = new TextField();
        source.setId("holidays-source");
        source.setPromptText(I18n.tr("holidays.field.source.prompt"));
        source.textProperty().bindBidirectional(viewModel.sourceProperty());
        FormFields.add(grid, "holidays.field.source", source, viewModel.problem(Field.SOURCE));

        VBox blocks = new VBox(6);
        blocks.setId("holidays-blocks");
        Runnable rebuild = () -> {
            blocks.getChildren().clear();
            for (int i = 0; i < viewModel.blocks().size(); i++) {
                blocks.getChildren().add(blockRow(viewModel, viewModel.blocks().get(i), i));
            }
        };
        viewModel.blocks().addListener((ListChangeListener<BlockRow>) change -> rebuild.run());
        rebuild.run();
        Button addBlock = new Button(I18n.tr("holidays.addBlock"), Icons.ADD.create());
        addBlock.setId("holidays-add-block");
        addBlock.getStyleClass().add(Styles.FLAT);
        addBlock.setOnAction(e -> viewModel.addBlock());
        FormFields.add(grid, "holidays.field.blocks", new VBox(4, blocks, addBlock), viewModel.problem(Field.HOLIDAYS));
        TextField makeUp = new TextField();
        makeUp.setId("holidays-make-up");
        makeUp.setPromptText(I18n.tr("holidays.field.makeUp.prompt"));
        makeUp.textProperty().bindBidirectional(viewModel.makeUpProperty());
        FormFields.add(grid, "holidays.field.makeUp", makeUp, viewModel.problem(Field.MAKE_UP));

        Button save = new Button(I18n.tr("holidays.save"), Icons.SAVE.create());
        save.setId("holidays-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDisable(!canChange);
        save.setOnAction(e -> viewModel.save());
        Button clear = new Button(I18n.tr("holidays.newForm"));
        clear.setId("holidays-new");
        clear.setOnAction(e -> viewModel.newForm(viewModel.nextYear()));
        HBox buttons = new HBox(save, clear);
        buttons.getStyleClass().add("ld-button-row");

        VBox box = new VBox(heading, hint, grid, buttons);
        box.getStyleClass().add("ld-section");
        return box;
    }

    private static HBox blockRow(HolidaysViewModel viewModel, BlockRow row, int index) {
        TextField name = new TextField();
        name.setId("holidays-block-name-" + index);
        name.setPromptText(I18n.tr("holidays.block.name"));
        name.setPrefColumnCount(4);
        name.textProperty().bindBidirectional(row.nameProperty());
        TextField from = new TextField();
        from.setId("holidays-block-from-" + index);
        from.setPromptText(I18n.tr("holidays.block.from"));
        from.setPrefColumnCount(7);
        from.textProperty().bindBidirectional(row.fromProperty());
        TextField to = new TextField();
        to.setId("holidays-block-to-" + index);
        to.setPromptText(I18n.tr("holidays.block.to"));
        to.setPrefColumnCount(7);
        to.textProperty().bindBidirectional(row.toProperty());
        Button remove = new Button(null, Icons.CLEAR.create());
        remove.setId("holidays-block-remove-" + index);
        remove.getStyleClass().add(Styles.FLAT);
        remove.setOnAction(e -> viewModel.removeBlock(row));
        Label until = new Label(I18n.tr("holidays.block.until"));
        until.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, name, from, until, to, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** @param least the width below which the column's text would be cut (the year, where it comes from) */
    private static TableColumn<HolidayYear, String> column(String key, Function<HolidayYear, String> value,
                                                           double width, double least) {
        TableColumn<HolidayYear, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(least);
        return column;
    }
}
