package cn.leavedesk.ui;

import atlantafx.base.theme.PrimerLight;
import cn.leavedesk.AppPaths;
import cn.leavedesk.ui.away.AwayView;
import cn.leavedesk.ui.counts.CountsView;
import cn.leavedesk.ui.interim.FixedRulebookCatalog;
import cn.leavedesk.ui.interim.InMemoryRegister;
import cn.leavedesk.ui.main.MainView;
import cn.leavedesk.ui.main.MainViewModel;
import cn.leavedesk.ui.register.RegisterView;
import cn.leavedesk.ui.register.RegisterViewModel;
import cn.leavedesk.ui.request.RequestView;
import cn.leavedesk.ui.rulebooks.RulebooksView;
import cn.leavedesk.ui.settings.SettingsView;
import cn.leavedesk.ui.settings.SettingsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop client. Wiring happens here and only here; screens receive what they need. Until the store
 * and the rules engine land, the register and the rulebook list are in-memory stand-ins.
 */
public class LeaveDeskApp extends Application {
    public static final String STYLESHEET = "/cn/leavedesk/ui/app.css";
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    private static final Logger LOG = LoggerFactory.getLogger(LeaveDeskApp.class);

    private FxTaskExecutor tasks;

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.current();
        Path database = databaseArgument(getParameters().getRaw()).orElse(paths.defaultDatabase());
        LOG.info("Starting LeaveDesk client; database {}, data folder {}", database, paths.home());

        FxDialogService dialogs = new FxDialogService(() -> Optional.<Window>of(stage).filter(Window::isShowing));
        GlobalExceptionHandler crashes = new GlobalExceptionHandler(dialogs, Platform::runLater, paths.logFile());
        Thread.setDefaultUncaughtExceptionHandler(crashes);
        Thread.currentThread().setUncaughtExceptionHandler(crashes);
        tasks = new FxTaskExecutor(crashes);

        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        SettingsStore settingsStore = new PropertiesSettingsStore(paths.settingsFile());
        AppState state = new AppState(database, settingsStore.load());
        RulebookCatalog rulebooks = new FixedRulebookCatalog();
        InMemoryRegister register = new InMemoryRegister(Clock.systemDefaultZone(), Platform::runLater);
        LoadDemoDataCommand loadDemo = new LoadDemoDataCommand(register, register, dialogs, tasks);

        MainViewModel main = new MainViewModel(state, rulebooks, dialogs);
        MainView view = new MainView(main, screen -> switch (screen) {
            case REGISTER -> new RegisterView(new RegisterViewModel(register), loadDemo);
            case NEW_REQUEST -> new RequestView();
            case WHO_IS_AWAY -> new AwayView();
            case ANNUAL_COUNTS -> new CountsView();
            case RULEBOOKS -> new RulebooksView();
            case SETTINGS -> new SettingsView(new SettingsViewModel(settingsStore, rulebooks, state, dialogs),
                    loadDemo);
        }, loadDemo, dialogs.notificationProperty(), tasks.busyProperty(), Platform::exit);

        // Small office screens (1366x768 is common) must still show the status bar.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET), STYLESHEET)
                .toExternalForm());
        stage.setTitle(main.windowTitle());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    /** {@code --db FILE}, as the launcher accepts it. */
    static Optional<Path> databaseArgument(List<String> args) {
        int flag = args.indexOf("--db");
        return flag >= 0 && flag + 1 < args.size() ? Optional.of(Path.of(args.get(flag + 1))) : Optional.empty();
    }
}
