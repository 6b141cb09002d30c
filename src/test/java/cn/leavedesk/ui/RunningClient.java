package cn.leavedesk.ui;

import cn.leavedesk.AppPaths;
import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real client the way the launcher does (with {@code --db}), with its data folder in a
 * temporary directory, and puts the JVM back as it was afterwards.
 */
final class RunningClient implements AutoCloseable {
    private final Application app;
    private final Stage stage;
    private final Thread.UncaughtExceptionHandler previousHandler = Thread.getDefaultUncaughtExceptionHandler();

    /** The scene the stage held before this client started: the last test's, until the client sets its own. */
    private final javafx.scene.Scene before;

    private RunningClient(Application app, Stage stage, javafx.scene.Scene before) {
        this.app = app;
        this.stage = stage;
        this.before = before;
    }

    /** The client's own scene, not one a previous test left on the shared stage. */
    private boolean ownScene() {
        return stage.getScene() != null && stage.getScene() != before;
    }

    /** Starts on an office that has been set up (its first run done), with nobody on the roster yet. */
    static RunningClient start(Path home) throws TimeoutException {
        try (Database db = Database.open(home.resolve("office.db"))) {
            if (new SettingsService(db).needsFirstRun()) {
                db.settings().put(SettingsRepository.OFFICE_NAME, "测试市人民政府办公室", Actor.of("测试"));
            }
        }
        RunningClient client = launch(home);
        client.waitForMainView();
        return client;
    }

    /** Starts the client and returns while it may still be showing its start-up pane. */
    static RunningClient launch(Path home) throws TimeoutException {
        System.setProperty(AppPaths.HOME_PROPERTY, home.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        javafx.scene.Scene before = stage.getScene();
        Application app = FxToolkit.setupApplication(LeaveDeskApp.class, "--db", home.resolve("office.db").toString());
        return new RunningClient(app, stage, before);
    }

    /** Starts on a database nobody has set up: the first-run page shows instead of the main window. */
    static RunningClient startFirstRun(Path home) throws TimeoutException {
        RunningClient client = launch(home);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> client.ownScene()
                && client.stage.getScene().lookup("#first-run") != null);
        WaitForAsyncUtils.waitForFxEvents();
        return client;
    }

    /**
     * The window shows a start-up pane first; the main view follows once the database is open, then the holiday
     * banner (from November on, while next year's holidays are missing): a test that clicked before the banner was up
     * could have it push the window's content down under its pointer.
     */
    void waitForMainView() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ownScene()
                && stage.getScene().lookup("#content") != null);
        boolean banner = new cn.leavedesk.service.HolidayService(AppPaths.current().holidayFolder())
                .missingNextYear(java.time.LocalDate.now()).isPresent();
        if (banner) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().lookup("#holiday-banner") != null);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts on a database that already holds the demo office (24 people, 82 absences), as a clerk's file would. */
    static RunningClient startOnDemoOffice(Path home) throws TimeoutException {
        try {
            Files.copy(demoOffice(), home.resolve("office.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(home);
    }

    /** The demo office is made once per test run and copied for each client: loading it is the slow part. */
    private static Path demoOffice;

    private static synchronized Path demoOffice() throws IOException {
        if (demoOffice == null) {
            Path folder = Files.createTempDirectory("leavedesk-demo-office");
            Path file = folder.resolve("office.db");
            try (Database db = Database.open(file)) {
                new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            demoOffice = file;
        }
        return demoOffice;
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    Stage stage() {
        return stage;
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        System.clearProperty(AppPaths.HOME_PROPERTY);
    }
}
