package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.roster.RosterRow;
import cn.leavedesk.domain.roster.TermRecord;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new office, as a clerk meets LeaveDesk: the first-run page on an empty database, the office's own roster (a GBK
 * CSV, as Excel on a Chinese Windows saves it) with one bad row, the error seen and the file fixed, the import, and a
 * second term for a vice-mayor. Real client, real database file, headless.
 */
class FirstRunJourneyTest extends FxRobot {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEADER = "编号,姓名,职务,分管领域,分管副市长,任期开始,任期结束,联系方式";

    @TempDir
    Path home;
    private RunningClient client;

    @AfterEach
    void stopClient() throws TimeoutException {
        if (client != null) {
            client.close();
        }
    }

    private Path writeRoster(String thirdRole) throws Exception {
        return Files.write(home.resolve("花名册.csv"), String.join("\r\n", HEADER,
                "m,王建国,市长,,,2022-01-10,2027-01-09,13900000001",
                "v1,陈静怡,副市长,外事、商务,,2022-01-10,2027-01-09,13900000003",
                "d1,刘洋," + thirdRole + ",,v1,,,13800000001").getBytes(GBK));
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstRunThenImportAFixedGbkRosterThenASecondTerm() throws Exception {
        client = RunningClient.startFirstRun(home);

        // first run: nothing may begin until the questions are answered
        clickOn("#first-run-begin");
        assertThat(lookup("#first-run-clerk-problem").queryAs(Label.class).getText())
                .isEqualTo(tr("firstRun.problem.required", tr("firstRun.clerk")));
        clickOn("#first-run-rulebook").clickOn("武汉市");
        clickOn("#first-run-office").write("武汉测试市人民政府办公厅");
        clickOn("#first-run-clerk").write("张晓燕");
        assertThat(lookup("#first-run-import").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        clickOn("#first-run-begin");
        waitUntil(() -> lookup("#import-drop").tryQuery().isPresent());
        assertThat(lookup("#status-clerk").queryAs(Label.class).getText()).isEqualTo(tr("status.clerk", "张晓燕"));

        // the roster with a bad row: the error with its row and column, nothing stored
        Path roster = writeRoster("处长");
        clickOn("#import-path").write(roster.toString()).type(KeyCode.ENTER);
        TableView<?> issues = lookup("#import-issues").queryAs(TableView.class);
        waitUntil(() -> issues.getItems().size() == 1);
        ImportRow bad = ImportRow.of(issues.getItems().get(0));
        assertThat(bad.row()).isEqualTo("4");
        assertThat(bad.column()).isEqualTo("职务");
        assertThat(bad.reason()).contains("处长");
        assertThat(lookup("#import-all").queryButton().isDisabled()).isTrue();

        // fixed in the file, checked again, imported
        writeRoster("部门主要负责人");
        clickOn("#import-check");
        waitUntil(() -> issues.getItems().isEmpty() && !lookup("#import-all").queryButton().isDisabled());
        clickOn("#import-all");
        waitUntil(() -> tr("import.summary.done", 3, 0).equals(lookup("#import-summary").queryAs(Label.class).getText()));

        // a second term for the vice-mayor
        clickOn("#nav-roster");
        TableView<RosterRow> table = lookup("#roster-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        clickOn("陈静怡");
        waitUntil(() -> lookup("#roster-terms").queryTableView().getItems().size() == 1);
        assertThat(lookup("#roster-new-term-start").queryTextInputControl().getText()).isEqualTo("2027-01-10");
        interact(() -> lookup("#roster-editor").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        clickOn("#roster-new-term-end").write("2032-01-09");
        clickOn("#roster-add-term");
        TableView<TermRecord> terms = lookup("#roster-terms").queryTableView();
        waitUntil(() -> terms.getItems().size() == 2);
        assertThat(terms.getItems()).extracting(TermRecord::role).containsExactly(Role.VICE_MAYOR, Role.VICE_MAYOR);

        client.close();
        client = null;
        try (Database db = Database.open(home.resolve("office.db"))) {
            assertThat(db.settings().get(SettingsRepository.OFFICE_NAME)).contains("武汉测试市人民政府办公厅");
            assertThat(db.people().all()).hasSize(3);
            assertThat(db.people().terms("v1")).hasSize(2);
            assertThat(db.audit().forEntity("person", "v1")).extracting(e -> e.action() + "/" + e.actor())
                    .containsExactly("PERSON_ADDED/张晓燕", "PERSON_TERM_ADDED/张晓燕");
        }
    }

    /** The issue table's rows are the view model's records; read through their accessors. */
    private record ImportRow(String row, String column, String reason) {
        static ImportRow of(Object item) {
            cn.leavedesk.ui.importing.ImportViewModel.IssueRow issue = (cn.leavedesk.ui.importing.ImportViewModel.IssueRow) item;
            return new ImportRow(issue.row(), issue.column(), issue.reason());
        }
    }
}
