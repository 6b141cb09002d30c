package cn.leavedesk.ui.print;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.print.PdfFiles;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.AnnualReviewService;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.ExportService;
import cn.leavedesk.service.RegisterRow;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.PrintService;
import cn.leavedesk.service.QuotaService;
import cn.leavedesk.service.ReportService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.store.StoredAbsence;
import cn.leavedesk.ui.Stylesheets;
import cn.leavedesk.ui.LoadDemoDataCommand;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.counts.CountsView;
import cn.leavedesk.ui.counts.CountsViewModel;
import cn.leavedesk.ui.data.StoreDemoData;
import cn.leavedesk.ui.data.StoreForms;
import cn.leavedesk.ui.data.StoreRegister;
import cn.leavedesk.ui.data.StoreRegisterPages;
import cn.leavedesk.ui.register.RegisterView;
import cn.leavedesk.ui.register.RegisterViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Printing from the register's context menu and the counts screen, headless, on the demo office in a real SQLite
 * file with the real print service. This machine has no printer, so the path a clerk meets on such a machine is
 * the one driven: told so, offered the PDF, the PDF saved where chosen.
 */
class PrintFromTheScreensTest extends FxRobot {
    private static final Clock NOV_22 = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private Database db;
    private RecordingDialogService dialogs;
    private PrintActions actions;

    @BeforeEach
    void demoOffice() throws TimeoutException {
        Assumptions.assumeFalse(PrintService.printerInstalled(), "a printer is installed: the dialog would open");
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
        dialogs = new RecordingDialogService();
        StoreForms forms = new StoreForms(new PrintService(db, new RulebookService(), NOV_22, Locale.SIMPLIFIED_CHINESE));
        actions = new PrintActions(forms, forms, dialogs, new SyncTaskExecutor());
        FxToolkit.registerPrimaryStage();
        // the client's theme, which the app stylesheet's colour names refer to
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (db != null) {
            db.close();
        }
    }

    private void show(java.util.function.Supplier<Parent> root) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(root.get(), 1000, 600);
            Stylesheets.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRightClickOnAnAbsencePrintsItsRequestOrSavesThePdfWhenThereIsNoPrinter() throws Exception {
        SyncTaskExecutor tasks = new SyncTaskExecutor();
        RequestService requests = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), Clock.systemDefaultZone());
        StoreRegister changes = new StoreRegister(new RegisterService(db), tasks);
        Path target = dir.resolve("请假报告");
        dialogs.savingTo(target);
        show(() -> {
            RegisterView view = new RegisterView(new RegisterViewModel(new StoreRegisterPages(new RegisterService(db),
                    requests, new ExportService(db)), changes, tasks, dialogs, id -> { }),
                    new LoadDemoDataCommand(new StoreDemoData(new DemoDataService(db, new RulebookService(),
                            new ChainPlanner(CalendarLoader.standard())), NOV_22), changes, dialogs, tasks));
            view.offerPrinting(actions);
            return view;
        });

        Node firstRow = lookup("#register-table .table-row-cell").nth(0).query();
        clickOn(firstRow);
        // Monocle's headless robot sends no context-menu request on a right click; open the table's menu as it would
        javafx.scene.control.TableRow<?> row = (javafx.scene.control.TableRow<?>) firstRow;
        interact(() -> row.getContextMenu().show(firstRow, javafx.geometry.Side.BOTTOM, 40, 0));
        clickOn(tr("print.menu.request"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations).singleElement().asString().contains("没有安装打印机", "书面请假报告");
        assertThat(dialogs.saveChoices).singleElement().satisfies(choice ->
                assertThat(choice.initialFileName()).hasValueSatisfying(name -> assertThat(name).endsWith(".pdf")));
        Path saved = dir.resolve("请假报告.pdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        byte[] pdf = Files.readAllBytes(saved);
        PdfFiles.assertA4WithEmbeddedFonts(pdf);
        RegisterRow selected = (RegisterRow) row.getItem();
        assertThat(selected).isNotNull();
        assertThat(PdfFiles.text(pdf)).contains("书面请假报告", selected.person().name(), selected.absence().id());
        assertThat(dialogs.notifications).contains(tr("print.saved", saved.getFileName()));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theCountsScreenSavesTheChosenYearsSummary() throws Exception {
        Path target = dir.resolve("summary.pdf");
        dialogs.savingTo(target);
        show(() -> {
            CountsView view = new CountsView(new CountsViewModel(CountsViewModel.Source.of(
                    new AnnualReviewService(db, new RulebookService())), (year, file) -> { }, dialogs,
                    new SyncTaskExecutor(), NOV_22));
            view.offerPrinting(actions);
            return view;
        });
        interact(() -> lookup("#counts-year").queryAs(ComboBox.class).getSelectionModel().select(Integer.valueOf(2026)));

        clickOn("#counts-print");
        clickOn(tr("print.menu.saveAnnual"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));

        String text = PdfFiles.text(Files.readAllBytes(target));
        assertThat(text).contains("2026年度请销假情况汇总", "王建国市长");
        assertThat(dialogs.confirmations).isEmpty(); // saving asks no printer question
    }

    @Test
    void withAPrinterThePdfGoesToItsDialogAndNoFileIsAskedFor() {
        List<String> printed = new ArrayList<>();
        PrintActions.Printer printer = new PrintActions.Printer() {
            @Override
            public boolean installed() {
                return true;
            }

            @Override
            public boolean print(byte[] pdf, String jobName) throws Exception {
                printed.add(jobName + ":" + PdfFiles.pages(pdf));
                return true;
            }
        };
        StoreForms forms = new StoreForms(new PrintService(db, new RulebookService(), NOV_22, Locale.SIMPLIFIED_CHINESE));
        PrintActions withPrinter = new PrintActions(forms, printer, dialogs, new SyncTaskExecutor());

        withPrinter.print("a001", PrintService.Form.FILING);

        assertThat(printed).containsExactly("请假报备单:1");
        assertThat(dialogs.saveChoices).isEmpty();
        assertThat(dialogs.notifications).containsExactly(tr("print.sent", "请假报备单"));
    }

    @Test
    void anUnknownAbsenceIsReportedNotThrown() {
        actions.print("no-such-id", PrintService.Form.REQUEST);

        assertThat(dialogs.errors).singleElement().asString().contains("书面请假报告", "no-such-id");
        assertThat(dialogs.saveChoices).isEmpty();
    }
}
