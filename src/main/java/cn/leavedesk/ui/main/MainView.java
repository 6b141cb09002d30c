package cn.leavedesk.ui.main;

import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.LoadDemoDataCommand;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Menu bar, navigation on the left, the open screen in the middle, status bar at the bottom. */
public final class MainView extends BorderPane {
    private final MainViewModel viewModel;
    private final Function<Screen, Node> screenFactory;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final StackPane banner = new StackPane();
    private final Function<String, Node> absencePages;
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);

    /**
     * @param screenFactory builds a screen the first time it is opened
     * @param exit closes the application
     */
    public MainView(MainViewModel viewModel, Function<Screen, Node> screenFactory, LoadDemoDataCommand loadDemo,
                    ReadOnlyStringProperty notification, ReadOnlyBooleanProperty busy, Runnable exit) {
        this(viewModel, screenFactory, id -> new Label(id), loadDemo, notification, busy, exit);
    }

    /**
     * @param absencePages builds the page of an absence each time one is opened (it reads the absence afresh)
     */
    public MainView(MainViewModel viewModel, Function<Screen, Node> screenFactory, Function<String, Node> absencePages,
                    LoadDemoDataCommand loadDemo, ReadOnlyStringProperty notification, ReadOnlyBooleanProperty busy,
                    Runnable exit) {
        this.viewModel = viewModel;
        this.screenFactory = screenFactory;
        this.absencePages = absencePages;
        getStyleClass().add("ld-main");
        setTop(menuBar(loadDemo, exit));
        setLeft(navigation());
        content.getStyleClass().add("ld-content");
        content.setId("content");
        banner.setId("banner");
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        setCenter(content);
        setBottom(statusBar(notification, busy));
        viewModel.screenProperty().addListener((obs, old, screen) -> {
            viewModel.closeAbsence();
            show(screen);
        });
        viewModel.absenceProperty().addListener((obs, old, id) -> id.ifPresentOrElse(this::showAbsence,
                () -> show(viewModel.screenProperty().get())));
        // Esc goes back from an absence page (a field that uses Esc itself consumes it first).
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.absenceProperty().get().isPresent()) {
                viewModel.closeAbsence();
                e.consume();
            }
        });
        show(viewModel.screenProperty().get());
    }

    private MenuBar menuBar(LoadDemoDataCommand loadDemo, Runnable exit) {
        MenuItem demo = new MenuItem(I18n.tr("menu.file.loadDemo"), Icons.DEMO_DATA.create());
        demo.setId("menu-load-demo");
        demo.disableProperty().bind(loadDemo.runningProperty());
        demo.visibleProperty().bind(loadDemo.availableProperty());
        demo.setOnAction(e -> loadDemo.execute());
        MenuItem quit = new MenuItem(I18n.tr("menu.file.exit"));
        quit.setOnAction(e -> exit.run());
        Menu file = new Menu(I18n.tr("menu.file"), null, demo, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        MenuItem about = new MenuItem(I18n.tr("menu.help.about"));
        about.setOnAction(e -> viewModel.showAbout());
        Menu help = new Menu(I18n.tr("menu.help"), null, about);
        return new MenuBar(file, help);
    }

    private VBox navigation() {
        Label brand = new Label(I18n.tr("app.name"));
        brand.getStyleClass().add("ld-brand");
        Label subtitle = new Label(I18n.tr("app.subtitle"));
        subtitle.getStyleClass().add("ld-brand-subtitle");
        VBox nav = new VBox(brand, subtitle);
        nav.getStyleClass().add("ld-nav");

        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.title(), screen.icon().create());
            button.setId("nav-" + screen.id());
            button.getStyleClass().add("ld-nav-item");
            button.setToggleGroup(group);
            button.setUserData(screen);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setSelected(screen == viewModel.screenProperty().get());
            // Clicking the entry of the screen under an open absence page goes back to that screen.
            button.setOnAction(e -> viewModel.closeAbsence());
            if (screen == Screen.TODO) {
                button.setText(null);
                button.setGraphic(withBadge(screen));
            }
            button.managedProperty().bind(button.visibleProperty());
            navButtons.put(screen, button);
            nav.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // Clicking the open screen again must not leave the navigation without a selection.
                group.selectToggle(old);
            } else {
                viewModel.screenProperty().set((Screen) selected.getUserData());
            }
        });
        viewModel.screenProperty().addListener((obs, old, screen) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == screen).findFirst().ifPresent(group::selectToggle));
        return nav;
    }

    private HBox statusBar(ReadOnlyStringProperty notification, ReadOnlyBooleanProperty busy) {
        Label database = new Label(viewModel.databaseText(), Icons.DATABASE.create());
        database.setId("status-database");
        Label rulebook = new Label();
        rulebook.setId("status-rulebook");
        rulebook.setGraphic(Icons.RULEBOOKS.create());
        rulebook.textProperty().bind(viewModel.rulebookText());
        Label clerk = new Label();
        clerk.setId("status-clerk");
        clerk.setGraphic(Icons.CLERK.create());
        clerk.textProperty().bind(viewModel.clerkText());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("ld-status-message");
        message.textProperty().bind(notification);
        // A long message gives way, not the rulebook or the clerk: they keep their width and the message (or the
        // database's path) is shortened, with the whole text on hover.
        rulebook.setMinWidth(Region.USE_PREF_SIZE);
        clerk.setMinWidth(Region.USE_PREF_SIZE);
        database.setMinWidth(0);
        database.setTooltip(new javafx.scene.control.Tooltip(database.getText()));
        message.setMinWidth(0);
        // The holidays banner gives way to a narrow window, but not to a message, which is the first to be shortened.
        banner.minWidthProperty().bind(javafx.beans.binding.Bindings.when(notification.isEmpty())
                .then(0.0).otherwise(Region.USE_PREF_SIZE));
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(notification);
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.when(notification.isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(whole));
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.getStyleClass().add("ld-status-spinner");
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(busy);

        HBox bar = new HBox(database, new Separator(javafx.geometry.Orientation.VERTICAL), rulebook,
                new Separator(javafx.geometry.Orientation.VERTICAL), clerk, banner, spring, message, spinner);
        bar.getStyleClass().add("ld-status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * A standing notice in the status bar (e.g. next year's holidays are missing); empty removes it. It sits in the
     * status bar rather than above the screens so that no screen loses height to it.
     */
    public void setBanner(java.util.Optional<Node> notice) {
        banner.getChildren().setAll(notice.stream().toList());
        banner.setVisible(notice.isPresent());
    }

    /**
     * Forgets every screen but the open one, so that each is built again, from the services as they now are, when
     * next opened (after a holiday year was added, the calendar they count with changed).
     */
    public void rebuildOtherScreens(java.util.function.Predicate<Screen> keep) {
        Screen open = viewModel.screenProperty().get();
        screens.keySet().removeIf(screen -> screen != open && !keep.test(screen));
    }

    /** The to-do entry's icon with the number of items due beside it; no badge when there are none. */
    private Node withBadge(Screen screen) {
        Label badge = new Label();
        badge.setId("nav-todo-count");
        badge.getStyleClass().add("ld-badge");
        badge.textProperty().bind(viewModel.todoCountProperty().asString());
        badge.visibleProperty().bind(viewModel.todoCountProperty().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        Label title = new Label(screen.title());
        title.getStyleClass().add("ld-nav-title");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox graphic = new HBox(12, screen.icon().create(), title, spring, badge);
        graphic.setAlignment(Pos.CENTER_LEFT);
        // The nav buttons are 184 wide (200 minus padding); the badge sits at the right edge.
        graphic.setPrefWidth(150);
        return graphic;
    }

    private void showAbsence(String id) {
        content.getChildren().setAll(absencePages.apply(id));
    }

    /**
     * Offers a screen in the navigation only while the condition holds (the meeting schedule where the rulebook
     * has a quorum rule); when it stops holding while that screen is open, the register opens instead.
     */
    public void offerWhen(Screen screen, ObservableBooleanValue condition) {
        ToggleButton button = navButtons.get(screen);
        button.visibleProperty().bind(condition);
        condition.addListener((o, was, now) -> {
            if (!now && viewModel.screenProperty().get() == screen) {
                viewModel.screenProperty().set(Screen.REGISTER);
            }
        });
    }

    private void show(Screen screen) {
        content.getChildren().setAll(screens.computeIfAbsent(screen, screenFactory));
    }
}
