package cn.leavedesk.ui;

import atlantafx.base.theme.PrimerLight;
import cn.leavedesk.AppPaths;
import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.SuppliedFacts;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.AnnualReviewService;
import cn.leavedesk.service.AwayService;
import cn.leavedesk.service.MeetingService;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.ExportService;
import cn.leavedesk.service.PrintService;
import cn.leavedesk.service.QuotaService;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.service.TodoService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.DataFolder;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.absence.AbsencePages;
import cn.leavedesk.ui.away.AwayView;
import cn.leavedesk.ui.away.AwayViewModel;
import cn.leavedesk.ui.counts.CountsView;
import cn.leavedesk.ui.counts.CountsViewModel;
import cn.leavedesk.ui.meetings.MeetingsView;
import cn.leavedesk.ui.meetings.MeetingsViewModel;
import cn.leavedesk.ui.data.BuiltInRulebookCatalog;
import cn.leavedesk.ui.data.DailyBackup;
import cn.leavedesk.ui.data.DatabaseOpener;
import cn.leavedesk.ui.data.StoreDemoData;
import cn.leavedesk.ui.data.StoreForms;
import cn.leavedesk.ui.data.StoreRegister;
import cn.leavedesk.ui.data.StoreSettings;
import cn.leavedesk.ui.data.StoreRegisterPages;
import cn.leavedesk.ui.data.StoreTodo;
import cn.leavedesk.ui.main.MainView;
import cn.leavedesk.ui.print.PrintActions;
import cn.leavedesk.ui.main.MainViewModel;
import cn.leavedesk.ui.register.RegisterView;
import cn.leavedesk.ui.register.RegisterViewModel;
import cn.leavedesk.ui.request.Debouncer;
import cn.leavedesk.ui.request.RequestView;
import cn.leavedesk.ui.request.RequestViewModel;
import cn.leavedesk.ui.rulebooks.RulebooksView;
import cn.leavedesk.ui.rulebooks.RulebooksViewModel;
import cn.leavedesk.ui.settings.SettingsView;
import cn.leavedesk.ui.settings.SettingsViewModel;
import cn.leavedesk.service.HolidayService;
import cn.leavedesk.service.ChainRecording;
import cn.leavedesk.service.ImportFile;
import cn.leavedesk.service.ImportService;
import cn.leavedesk.service.RosterService;
import cn.leavedesk.ui.firstrun.FirstRunView;
import cn.leavedesk.ui.firstrun.FirstRunViewModel;
import cn.leavedesk.ui.holidays.HolidaysView;
import cn.leavedesk.ui.holidays.HolidaysViewModel;
import cn.leavedesk.ui.importing.ImportView;
import cn.leavedesk.ui.importing.ImportViewModel;
import cn.leavedesk.ui.roster.RosterView;
import cn.leavedesk.ui.roster.RosterViewModel;
import cn.leavedesk.ui.todo.TodoView;
import cn.leavedesk.ui.todo.TodoViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop client. Wiring happens here and only here; screens receive what they need. The database is the
 * {@code --db} file or the default one in the data folder; it is opened before the window and closed on exit.
 */
public class LeaveDeskApp extends Application {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    private static final Logger LOG = LoggerFactory.getLogger(LeaveDeskApp.class);

    /** Opens attachments instead of the system viewer when set; UI tests see what would have opened. */
    static volatile cn.leavedesk.ui.absence.FileViewer testViewer;
    /** UI tests decide whether a printer is installed, whatever the machine has. */
    static volatile PrintActions.Printer testPrinter;

    private FxTaskExecutor tasks;
    private Database database;
    private DailyBackup dailyBackup;
    private cn.leavedesk.ui.data.VerdictBackfill verdictBackfill;
    /** Each form that can hold an unsaved draft says whether it does, before the window closes. */
    private final List<BooleanSupplier> drafts = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.current();
        Path file = databaseArgument(getParameters().getRaw()).orElseGet(() -> DataFolder.standard().databaseFile());
        LOG.info("Starting LeaveDesk client; database {}", file.getFileName());

        FxDialogService dialogs = new FxDialogService(() -> Optional.<Window>of(stage).filter(Window::isShowing));
        GlobalExceptionHandler crashes = new GlobalExceptionHandler(dialogs, Platform::runLater, paths.logFile());
        Thread.setDefaultUncaughtExceptionHandler(crashes);
        Thread.currentThread().setUncaughtExceptionHandler(crashes);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskExecutor(crashes);

        // The window comes first; the database, settings, rulebooks and calendar are read behind it.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StartupPane(), Math.min(WIDTH, screen.getWidth()),
                Math.min(HEIGHT, screen.getHeight()));
        Stylesheets.apply(scene);
        stage.setTitle(I18n.tr("app.title"));
        // the same picture as the installed menu entry (installer/leavedesk.svg)
        Optional.ofNullable(getClass().getResource("/cn/leavedesk/ui/leavedesk.png"))
                .ifPresent(icon -> stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm())));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        StartupTimes.logFirstFrame(scene);
        stage.show();

        tasks.execute(BackgroundTask.of(progress -> openSession(file, paths, new FxThreadDialogs(dialogs)))
                .onSuccess(session -> session.ifPresentOrElse(s -> showFirstRunOrMain(stage, scene, s, dialogs),
                        Platform::exit)));
    }

    /** What start-up reads before the main screen can be built; runs on the background executor. */
    private record Session(Database database, RulebookService rulebooks, ClerkSettings settings,
                           WorkingCalendar calendar, boolean firstRun) {
        Session withSettings(ClerkSettings changed) {
            return new Session(database, rulebooks, changed, calendar, false);
        }
    }

    private static Optional<Session> openSession(Path file, AppPaths paths, DialogService dialogs) {
        // The calendar needs no database: it is read on the other core while the file opens.
        CompletableFuture<WorkingCalendar> calendar = CompletableFuture.supplyAsync(() -> calendar(paths));
        // The pages are checked at open only after an unclean shutdown, and the daily backup waits for the window:
        // both take seconds on a large office's file. The background check and backup follow once it is usable.
        StoreOptions options = StoreOptions.defaults().withAutoBackup(AutoBackup.OFF)
                .withCheckAtOpen(StoreOptions.CheckAtOpen.AFTER_UNCLEAN_SHUTDOWN);
        Optional<Database> opened = new DatabaseOpener(dialogs, options).open(file);
        StartupTimes.phase("database open");
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Database database = opened.get();
        RulebookService rulebooks = new RulebookService();
        SettingsService settingsService = new SettingsService(database);
        ClerkSettings settings = new StoreSettings(settingsService).load();
        boolean firstRun = !database.isReadOnly() && settingsService.needsFirstRun();
        // The office's rulebook is read here rather than when the main window first names it on the JavaFX thread.
        rulebooks.find(settings.rulebookId());
        StartupTimes.phase("settings and rulebook read");
        WorkingCalendar cal = calendar.join();
        StartupTimes.phase("calendar read");
        return Optional.of(new Session(database, rulebooks, settings, cal, firstRun));
    }

    /** An empty database asks the first-run questions before the main window; any other goes straight there. */
    private void showFirstRunOrMain(Stage stage, Scene scene, Session session, FxDialogService dialogs) {
        database = session.database();
        if (!session.firstRun()) {
            showMain(stage, scene, session, dialogs, Optional.empty());
            return;
        }
        SettingsService settings = new SettingsService(database);
        DemoData demo = new StoreDemoData(new DemoDataService(database, session.rulebooks(),
                new ChainPlanner(session.calendar())), Clock.systemDefaultZone());
        FirstRunViewModel firstRun = new FirstRunViewModel(settings,
                new BuiltInRulebookCatalog(session.rulebooks(), I18n.current().locale()), demo, tasks, dialogs,
                database.file(), start -> tasks.execute(BackgroundTask.of(progress -> new StoreSettings(settings).load())
                        .onSuccess(saved -> showMain(stage, scene, session.withSettings(saved), dialogs,
                                Optional.of(start == FirstRunViewModel.Start.IMPORT
                                        ? cn.leavedesk.ui.main.Screen.IMPORT : cn.leavedesk.ui.main.Screen.REGISTER)))));
        scene.setRoot(new FirstRunView(firstRun));
        Platform.runLater(StartupTimes::firstRunReady);
    }

    private void showMain(Stage stage, Scene scene, Session session, FxDialogService dialogs,
                          Optional<cn.leavedesk.ui.main.Screen> opening) {
        database = session.database();
        RulebookService rulebookService = session.rulebooks();
        SettingsStore settingsStore = new StoreSettings(new SettingsService(database));
        AppState state = new AppState(database.file(),
                database.isReadOnly() ? AppState.Access.READ_ONLY : AppState.Access.READ_WRITE, session.settings());
        RulebookCatalog rulebooks = new BuiltInRulebookCatalog(rulebookService, I18n.current().locale());
        StoreRegister register = new StoreRegister(new RegisterService(database), tasks);
        AppPaths paths = AppPaths.current();
        // One calendar for every service: a year stored on the 节假日安排 screen replaces it for all of them at once.
        SharedCalendar calendar = SharedCalendar.loadedBy(session.calendar(), () -> calendar(paths));
        HolidayService holidays = new HolidayService(paths.holidayFolder(), calendar);
        RosterService roster = new RosterService(database);
        Clock clock = Clock.systemDefaultZone();
        DemoData demo = new StoreDemoData(new DemoDataService(database, rulebookService,
                new ChainPlanner(calendar)), clock);
        LoadDemoDataCommand loadDemo = new LoadDemoDataCommand(demo, register, dialogs, tasks, state.access());

        AwayService away = new AwayService(database, rulebookService, calendar);
        CountsViewModel.Source counts = CountsViewModel.Source.of(new AnnualReviewService(database, rulebookService));
        ExportService exports = new ExportService(database, rulebookService);
        StoreForms forms = new StoreForms(new PrintService(database, rulebookService, clock, I18n.current().locale()));
        PrintActions printing = new PrintActions(forms, testPrinter != null ? testPrinter : forms, dialogs, tasks);
        MeetingService meetings = new MeetingService(database, rulebookService);

        MainViewModel main = new MainViewModel(state, rulebooks, dialogs);
        MainView[] viewHolder = new MainView[1];
        // Issue 7: the absence page, the to-do list and the lifecycle behind them.
        cn.leavedesk.rules.Messages messages = cn.leavedesk.rules.Messages.of(I18n.current().locale());
        RequestService requests = new RequestService(database, rulebookService, calendar, messages, clock);
        AbsenceLifecycleService lifecycle = new AbsenceLifecycleService(database, rulebookService, calendar,
                messages, clock);
        TodoViewModel todo = new TodoViewModel(new StoreTodo(new TodoService(database, rulebookService, calendar,
                messages), lifecycle, requests::roster, messages), tasks, clock, main::openAbsence);
        main.todoCountProperty().bind(todo.countProperty());
        // Demo data, an import or a save elsewhere changes what is owed (the first count after start-up changes nothing).
        register.changes().addListener(o -> todo.refresh());
        // Once the register shows its first page: what the clerk does not wait for, one after the other.
        java.util.concurrent.atomic.AtomicBoolean usable = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable whenUsable = () -> {
            if (usable.compareAndSet(false, true)) {
                StartupTimes.registerReady();
                checkInBackground(database, dialogs);
                dailyBackup = DailyBackup.start(database);
                // absences stored without a verdict (older files, large imports) get one in the background
                verdictBackfill = cn.leavedesk.ui.data.VerdictBackfill.start(
                        new cn.leavedesk.service.VerdictService(database, calendar), database.isReadOnly(),
                        () -> rulebookService.get(state.settings().rulebookId()), register::refresh);
                // After the register: the to-do list may open itself if anything is overdue.
                todo.refresh();
            }
        };
        todo.afterFirstLoad(list -> {
            if (list.anyOverdue()) {
                main.openAtStart(cn.leavedesk.ui.main.Screen.TODO);
            }
        });
        // The new-request form on screen (or kept with its draft), asked again when the calendar changes.
        java.util.concurrent.atomic.AtomicReference<RequestViewModel> openForm =
                new java.util.concurrent.atomic.AtomicReference<>();
        Supplier<RequestViewModel> requestForms = () -> new RequestViewModel(requests, register, tasks, dialogs,
                state, clock, Debouncer.fx(Duration.millis(250)));
        AbsencePages absencePages = new AbsencePages(lifecycle, requestForms, tasks, dialogs, state,
                document -> {
                    if (testViewer != null) {
                        testViewer.open(document);
                    } else {
                        getHostServices().showDocument(document.toUri().toString());
                    }
                }, main::openAbsence,
                main::closeAbsence, () -> {
                    register.refresh();
                    todo.refresh();
                });
        absencePages.offerPrinting(printing);

        MainView view = new MainView(main, screen -> switch (screen) {
            case TODO -> new TodoView(todo);
            case REGISTER -> {
                RegisterViewModel registerModel = new RegisterViewModel(new StoreRegisterPages(
                        new RegisterService(database), requests, exports), register, tasks, dialogs,
                        main::openAbsence);
                registerModel.afterFirstPage(whenUsable);
                RegisterView registerView = new RegisterView(registerModel, loadDemo);
                registerView.offerPrinting(printing);
                yield registerView;
            }
            case NEW_REQUEST -> {
                RequestViewModel form = requestForms.get();
                openForm.set(form);
                drafts.add(form::hasUnsavedDraft);
                form.onSaved(saved -> {
                    todo.refresh();
                    main.openAbsence(saved.id());
                });
                yield new RequestView(form);
            }
            case WHO_IS_AWAY -> {
                AwayViewModel timeline = new AwayViewModel(away::timeline, tasks, clock);
                timeline.setOnOpenAbsence(absence -> main.openAbsence(absence.id()));
                yield new AwayView(timeline);
            }
            case ANNUAL_COUNTS -> {
                CountsViewModel countsModel = new CountsViewModel(counts,
                        (year, target) -> exports.write(exports.annual(year), target), dialogs, tasks, clock);
                countsModel.setOnOpenAbsence(absence -> main.openAbsence(absence.id()));
                CountsView countsView = new CountsView(countsModel);
                countsView.offerPrinting(printing);
                yield countsView;
            }
            case MEETINGS -> new MeetingsView(new MeetingsViewModel(MeetingsViewModel.Source.of(meetings,
                    I18n.current().locale()), dialogs, tasks, clock));
            case ROSTER -> new RosterView(new RosterViewModel(roster, tasks, dialogs, state, clock),
                    () -> main.screenProperty().set(cn.leavedesk.ui.main.Screen.IMPORT));
            case IMPORT -> new ImportView(new ImportViewModel(importSource(database, calendar), tasks, dialogs,
                    Platform::runLater, () -> {
                        register.refresh();
                        viewHolder[0].rebuildOtherScreens(this::keepOnRebuild);
                    }), state.access() == AppState.Access.READ_WRITE);
            case RULEBOOKS -> new RulebooksView(new RulebooksViewModel(rulebookService, state));
            case HOLIDAYS -> new HolidaysView(new HolidaysViewModel(holidays, tasks, dialogs, clock, () -> {
                // the services already count with the stored year; what the screens show is read again
                viewHolder[0].rebuildOtherScreens(this::keepOnRebuild);
                Optional.ofNullable(openForm.get()).ifPresent(RequestViewModel::recheck);
                todo.refresh();
                holidayWarning(viewHolder[0], main, holidays, clock);
            }), state.access() == AppState.Access.READ_WRITE);
            case SETTINGS -> new SettingsView(new SettingsViewModel(settingsStore, rulebooks, state, dialogs, tasks),
                    loadDemo);
        }, absencePages, loadDemo, dialogs.notificationProperty(), tasks.busyProperty(), () -> {
            if (mayClose(dialogs)) {
                Platform.exit();
            }
        });
        stage.setOnCloseRequest(event -> {
            if (!mayClose(dialogs)) {
                event.consume();
            }
        });
        // The meeting schedule is there only where the rulebook has a quorum rule; it follows a change in 设置.
        view.offerWhen(cn.leavedesk.ui.main.Screen.MEETINGS, javafx.beans.binding.Bindings.createBooleanBinding(
                () -> meetings.needsSchedule(state.settings().rulebookId()), state.settingsProperty()));
        // after the view: the register's first page is asked for first and waits for no count
        register.refresh();
        stage.setTitle(main.windowTitle());
        viewHolder[0] = view;
        opening.ifPresent(main.screenProperty()::set);
        holidayWarning(view, main, holidays, clock);
        StartupTimes.phase("main window built");
        scene.setRoot(view);
    }

    /** The import screen's way to the import, as the clerk named in the settings, with the chains recorded. */
    private static ImportViewModel.Source importSource(Database database, SharedCalendar calendar) {
        ImportService imports = new ImportService(database, calendar);
        return new ImportViewModel.Source() {
            @Override
            public cn.leavedesk.service.ImportPreview preview(List<Path> files, SuppliedFacts facts,
                                                              ImportMonitor monitor) {
                return imports.preview(files.stream().map(ImportFile::detect).toList(), facts, monitor);
            }

            @Override
            public cn.leavedesk.service.ImportResult importAll(List<Path> files, SuppliedFacts facts,
                                                               ImportMonitor monitor) {
                return imports.importFiles(files.stream().map(ImportFile::detect).toList(), facts,
                        ChainRecording.RECORD, database.settings().currentActor(), monitor);
            }
        };
    }

    /** From November on, a banner over every screen while next year's holidays are missing. */
    private void holidayWarning(MainView view, MainViewModel main, HolidayService holidays, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        tasks.execute(BackgroundTask.of(progress -> holidays.missingNextYear(today))
                .onSuccess(missing -> view.setBanner(missing.map(year -> {
                    Label text = new Label(I18n.tr("holidays.missing.short", year), Icons.WARNING.create());
                    text.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("holidays.missing", year)));
                    javafx.scene.control.Hyperlink open = new javafx.scene.control.Hyperlink(
                            I18n.tr("holidays.missing.open"));
                    open.setId("banner-open-holidays");
                    open.setOnAction(e -> main.screenProperty().set(cn.leavedesk.ui.main.Screen.HOLIDAYS));
                    HBox box = new HBox(4, text, open);
                    // it gives way (with an ellipsis) rather than widening the window past the screen
                    text.setMinWidth(0);
                    box.setMinWidth(0);
                    box.setId("holiday-banner");
                    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                    box.getStyleClass().add("ld-status-warning");
                    return box;
                })))
                .onFailure(e -> LOG.warn("Could not tell whether next year's holidays are loaded", e)));
    }

    /** A new request with text typed in is kept rather than lost; it is checked again with the new calendar. */
    private boolean keepOnRebuild(cn.leavedesk.ui.main.Screen screen) {
        return screen == cn.leavedesk.ui.main.Screen.NEW_REQUEST
                && drafts.stream().anyMatch(BooleanSupplier::getAsBoolean);
    }

    /** True when nothing typed would be lost, or the clerk chose to close anyway. */
    private boolean mayClose(DialogService dialogs) {
        return drafts.stream().noneMatch(BooleanSupplier::getAsBoolean)
                || dialogs.choose(I18n.tr("request.unsaved.title"), I18n.tr("request.unsaved.message"),
                        I18n.tr("request.unsaved.close"), I18n.tr("request.unsaved.stay"));
    }

    /**
     * SQLite's quick check, beside the clerk's work; a problem is shown and makes the next start check the file
     * first, where the clerk is offered the latest good backup.
     */
    private void checkInBackground(Database db, DialogService dialogs) {
        tasks.execute(BackgroundTask.of(progress -> db.quickCheckAside())
                .onSuccess(problems -> {
                    if (!problems.isEmpty()) {
                        LOG.error("Background check of {} found: {}", db.file(), problems);
                        db.checkAtNextOpen();
                        dialogs.showError(I18n.tr("startup.checkFailed.title"), I18n.tr("startup.checkFailed.message",
                                db.file(), String.join("; ", problems)));
                    }
                })
                .onFailure(e -> LOG.warn("Background check of {} could not run", db.file(), e)));
    }

    /** The official schedules plus the office's own files in the data folder; a bad office file is skipped. */
    private static WorkingCalendar calendar(AppPaths paths) {
        Path office = paths.holidayFolder();
        try {
            return CalendarLoader.standard(Optional.of(office));
        } catch (RuntimeException e) {
            LOG.error("Holiday schedules in {} cannot be read; using the shipped ones only", office, e);
            return CalendarLoader.standard();
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (verdictBackfill != null) {
            verdictBackfill.close();
        }
        if (dailyBackup != null) {
            dailyBackup.close();
        }
        if (database != null) {
            // Waits for a write still under way (the database serialises access), then lets go of the lock file.
            database.close();
            LOG.info("Closed {}", database.file());
        }
    }

    /** {@code --db FILE}, as the launcher accepts it. */
    static Optional<Path> databaseArgument(List<String> args) {
        int flag = args.indexOf("--db");
        return flag >= 0 && flag + 1 < args.size() ? Optional.of(Path.of(args.get(flag + 1))) : Optional.empty();
    }
}
