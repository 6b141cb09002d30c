package cn.leavedesk.ui.request;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.ui.Countries.Country;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The itinerary of a trip abroad: one line per stop (number, name, code, 不出机场, up, down, remove) and a search
 * field below that proposes countries and regions as the clerk types. Enter adds the best match, the arrow keys
 * walk the proposals, Esc clears the search.
 */
public final class ItineraryEditor extends VBox {
    private static final double MATCH_ROW_HEIGHT = 30;
    private static final int VISIBLE_MATCHES = 6;
    private static final double PLACE_WIDTH = 150;

    private final ItineraryViewModel viewModel;
    private final VBox lines = new VBox();

    public ItineraryEditor(ItineraryViewModel viewModel) {
        this.viewModel = viewModel;
        setId("itinerary");
        setMinWidth(0);
        getStyleClass().add("ld-itinerary");

        lines.setId("itinerary-stops");
        lines.getStyleClass().add("ld-itinerary-stops");
        viewModel.stops().addListener((ListChangeListener<Stop>) c -> showStops());
        showStops();

        TextField search = new TextField();
        search.setId("itinerary-search");
        search.setPromptText(I18n.tr("itinerary.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.queryProperty());

        ListView<Country> matches = new ListView<>(viewModel.matches());
        matches.setId("itinerary-matches");
        matches.getStyleClass().addAll("ld-itinerary-matches", Styles.DENSE);
        matches.setCellFactory(l -> new CountryCell());
        matches.setFixedCellSize(MATCH_ROW_HEIGHT);
        // A ListView asks for a wide default; here it takes the editor's width and never widens the form.
        matches.setMinWidth(0);
        matches.setPrefWidth(120);
        matches.setMaxWidth(Double.MAX_VALUE);
        matches.prefHeightProperty().bind(Bindings.min(VISIBLE_MATCHES, Bindings.size(viewModel.matches()))
                .multiply(MATCH_ROW_HEIGHT).add(2));
        matches.visibleProperty().bind(Bindings.isNotEmpty(viewModel.matches()));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setOnMouseClicked(e -> addSelected(matches, search));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addSelected(matches, search);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.queryProperty().set("");
                search.requestFocus();
                e.consume();
            }
        });

        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.addBestMatch();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !viewModel.matches().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                viewModel.queryProperty().set("");
                e.consume();
            }
        });

        Label noMatch = new Label();
        noMatch.setId("itinerary-no-match");
        noMatch.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        noMatch.textProperty().bind(Bindings.createStringBinding(() -> I18n.tr("itinerary.noMatch",
                viewModel.queryProperty().get().strip()), viewModel.queryProperty()));
        noMatch.visibleProperty().bind(Bindings.isEmpty(viewModel.matches())
                .and(Bindings.createBooleanBinding(() -> !viewModel.queryProperty().get().isBlank(),
                        viewModel.queryProperty())));
        noMatch.managedProperty().bind(noMatch.visibleProperty());

        getChildren().addAll(lines, search, matches, noMatch);
    }

    private void addSelected(ListView<Country> matches, TextField search) {
        Country chosen = matches.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.add(chosen);
            search.requestFocus();
        }
    }

    /** Rebuilt whenever the list changes: an itinerary has a handful of stops. */
    private void showStops() {
        List<Stop> stops = viewModel.stops();
        if (stops.isEmpty()) {
            Label empty = new Label(I18n.tr("itinerary.empty"));
            empty.setId("itinerary-empty");
            empty.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            lines.getChildren().setAll(empty);
            return;
        }
        lines.getChildren().clear();
        for (int i = 0; i < stops.size(); i++) {
            lines.getChildren().add(line(i, stops.get(i), stops.size()));
        }
    }

    private Node line(int index, Stop stop, int count) {
        Label number = new Label(I18n.tr("itinerary.number", index + 1));
        number.getStyleClass().add("ld-itinerary-number");
        Label name = new Label(viewModel.name(stop));
        name.setId("itinerary-name-" + index);
        name.getStyleClass().add("ld-itinerary-name");
        // In the narrow form column a long name wraps; the controls beside it keep their size.
        name.setWrapText(true);
        name.setMinWidth(48);
        Label code = new Label(stop.country());
        code.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        code.setMinWidth(Region.USE_PREF_SIZE);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox place = new HBox(4, number, name, code);
        place.setAlignment(Pos.CENTER_LEFT);
        // Controls line up from stop to stop while the column is wide enough; else they wrap under the name.
        place.setPrefWidth(PLACE_WIDTH);
        if (viewModel.isRegion(stop)) {
            Label region = new Label(I18n.tr("itinerary.region"));
            region.getStyleClass().addAll("ld-tag", Styles.TEXT_SMALL);
            region.setMinWidth(Region.USE_PREF_SIZE);
            place.getChildren().add(region);
        }

        CheckBox airside = new CheckBox(I18n.tr("itinerary.airside"));
        airside.setId("itinerary-airside-" + index);
        airside.setSelected(!stop.leavesAirport());
        airside.setTooltip(new Tooltip(I18n.tr("itinerary.airside.hint")));
        airside.setMinWidth(Region.USE_PREF_SIZE);
        airside.selectedProperty().addListener((o, old, now) -> viewModel.setAirside(index, now));
        Button up = iconButton("itinerary-up-" + index, Icons.MOVE_UP, "itinerary.moveUp");
        up.setDisable(index == 0);
        up.setOnAction(e -> viewModel.moveUp(index));
        Button down = iconButton("itinerary-down-" + index, Icons.MOVE_DOWN, "itinerary.moveDown");
        down.setDisable(index == count - 1);
        down.setOnAction(e -> viewModel.moveDown(index));
        Button remove = iconButton("itinerary-remove-" + index, Icons.REMOVE, "itinerary.remove");
        remove.setOnAction(e -> viewModel.remove(index));
        HBox controls = new HBox(4, airside, up, down, remove);
        controls.setAlignment(Pos.CENTER_LEFT);

        FlowPane line = new FlowPane(8, 2, place, controls);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);
        line.getStyleClass().add("ld-itinerary-line");
        return line;
    }

    private static Button iconButton(String id, Icons icon, String tooltipKey) {
        Button button = new Button(null, icon.create());
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(I18n.tr(tooltipKey)));
        button.setAccessibleText(I18n.tr(tooltipKey));
        button.setFocusTraversable(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A proposal: the name, and the code and "地区" beside it. */
    private static final class CountryCell extends ListCell<Country> {
        @Override
        protected void updateItem(Country item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label code = new Label(item.region()
                    ? I18n.tr("itinerary.match.region", item.code()) : item.code());
            code.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setText(item.name());
            setGraphic(code);
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            setGraphicTextGap(10);
        }
    }
}
