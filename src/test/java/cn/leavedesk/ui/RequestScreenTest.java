package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The new-request screen in the real client, headless, on a database with the demo office loaded. */
class RequestScreenTest extends FxRobot {
    private static final int DEMO_ABSENCES = 82;

    @TempDir
    Path home;
    private RunningClient client;

    @BeforeEach
    void startOnDemoData() throws TimeoutException {
        client = RunningClient.startOnDemoOffice(home);
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
    }

    private void typeDate(String picker, LocalDate date) {
        clickOn(lookup(picker).queryAs(DatePicker.class).getEditor()).write(date.toString()).type(KeyCode.ENTER);
    }

    private VBox chain() {
        return lookup("#request-chain").queryAs(VBox.class);
    }

    @Test
    void aDepartmentHeadsTripShowsItsChainAndIsSavedIntoTheRegister() throws TimeoutException {
        clickOn("#nav-new-request");
        assertThat(lookup("#request-save").queryAs(Button.class).isDisabled()).isTrue();

        clickOn("#request-person").clickOn("刘洋（部门主要负责人）");
        LocalDate depart = LocalDate.now().plusDays(30);
        typeDate("#request-depart", depart);
        typeDate("#request-return", depart.plusDays(2));
        clickOn("#request-destination").write("北京");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#request-chain").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String firstStep = ((Label) chain().getChildren().get(0)).getText();
        assertThat(firstStep).startsWith("1. 报备 市政府办公厅（室） — 最迟 ").endsWith("— 武政〔2018〕54号 六十七");
        assertThat(lookup("#request-verdict").queryAs(Label.class).getText()).isNotBlank();

        clickOn("#request-save");

        String id = "R" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + "-001";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tr("request.saved", id, "刘洋")
                .equals(lookup("#status-message").queryAs(Label.class).getText()));
        clickOn("#nav-register");
        TableView<?> table = lookup("#register-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == DEMO_ABSENCES + 1);
        clickOn("#register-search").write(id);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void aReturnBeforeTheDepartureIsNamedAndBlocksSaving() {
        clickOn("#nav-new-request");
        clickOn("#request-person").clickOn("刘洋（部门主要负责人）");
        typeDate("#request-depart", LocalDate.of(2026, 6, 10));
        typeDate("#request-return", LocalDate.of(2026, 6, 8));

        VBox problems = lookup("#request-problems").queryAs(VBox.class);
        assertThat(problems.getChildren()).extracting(n -> ((Label) n).getText())
                .contains("“返回日期” 2026-06-08 早于“出发日期” 2026-06-10。");
        assertThat(lookup("#request-save").queryAs(Button.class).isDisabled()).isTrue();
    }
}
