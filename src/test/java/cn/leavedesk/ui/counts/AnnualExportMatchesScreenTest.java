package cn.leavedesk.ui.counts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.io.ExportTable;
import cn.leavedesk.service.AnnualReviewService;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.ExportService;
import cn.leavedesk.service.OfficeSettings;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.Stylesheets;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code export --what annual} against the 年度统计 screen itself, headless, on the demo office: the same rows in
 * the same order, and under each of the screen's columns the same text, cell by cell. Under Wuhan (quota columns per
 * period) and Hegang (one "not set" column).
 */
class AnnualExportMatchesScreenTest extends FxRobot {
    private static final Clock NOV_22 = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void demoOffice() throws TimeoutException {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
        FxToolkit.registerPrimaryStage();
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wuhan", "hegang"})
    void theExportIsTheScreenCellByCell(String rulebook) throws Exception {
        new SettingsService(db).save(new OfficeSettings("张晓燕", rulebook));
        FxToolkit.setupStage(stage -> {
            CountsView view = new CountsView(new CountsViewModel(CountsViewModel.Source.of(
                    new AnnualReviewService(db, new RulebookService())), (year, file) -> { },
                    new RecordingDialogService(), new SyncTaskExecutor(), NOV_22));
            // inside a parent, as in the main window: the screen reads its year when it is put on show
            Scene scene = new Scene(new javafx.scene.layout.StackPane(view), 1200, 700);
            Stylesheets.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        interact(() -> lookup("#counts-year").queryAs(ComboBox.class).getSelectionModel().select(Integer.valueOf(2026)));
        TableView<CountsRow> table = lookup("#counts-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 24);
        WaitForAsyncUtils.waitForFxEvents();

        ExportTable export = new ExportService(db, new RulebookService()).annual(Year.of(2026));

        List<TableColumn<CountsRow, ?>> leaves = new ArrayList<>(table.getVisibleLeafColumns());
        assertThat(export.headers()).hasSameSizeAs(leaves);
        for (int c = 0; c < leaves.size(); c++) {
            // a quota period's header sits under a group header on screen; the flat export names both
            assertThat(export.headers().get(c)).as("header " + c).contains(leaves.get(c).getText());
        }
        assertThat(export.rows()).hasSameSizeAs(table.getItems());
        for (int r = 0; r < table.getItems().size(); r++) {
            for (int c = 0; c < leaves.size(); c++) {
                Object shown = leaves.get(c).getCellData(r);
                String screen = shown instanceof cn.leavedesk.domain.Role role ? cn.leavedesk.ui.DomainLabels.role(role)
                        : String.valueOf(shown);
                assertThat(String.valueOf(export.rows().get(r).get(c))).as("row " + r + " column " + c)
                        .isEqualTo(screen);
            }
        }
    }
}
