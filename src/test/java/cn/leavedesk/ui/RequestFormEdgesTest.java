package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The request form's rough edges, tried as a new clerk would, in the real client. */
class RequestFormEdgesTest extends FxRobot {
    @TempDir
    Path home;
    private RunningClient client;

    @BeforeEach
    void startOnDemoData() throws TimeoutException {
        client = RunningClient.startOnDemoOffice(home);
        clickOn("#nav-new-request");
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
    }

    private DatePicker picker(String id) {
        return lookup(id).queryAs(DatePicker.class);
    }

    private VBox problems() {
        return lookup("#request-problems").queryAs(VBox.class);
    }

    @Test
    void anUntouchedFormShowsNoErrors() {
        assertThat(problems().getChildren()).isEmpty();
    }

    @Test
    void thePersonListStaysOpenAfterAnUnreadableReturnDate() throws Exception {
        Parent root = client.stage().getScene().getRoot();
        clickOn(picker("#request-return").getEditor()).write("2026-13-45");
        clickOn("#request-person");
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> person = lookup("#request-person").queryAs(ComboBox.class);
        Node focused = client.stage().getScene().getFocusOwner();
        assertThat(person.isShowing()).as("person list open").isTrue();
        assertThat(focused).as("focus").isSameAs(person);
        // The first problem the form showed used to put ControlsFX's decoration pane in place of the window's root:
        // whatever list was open closed, focus was placed anew, and screens kept for later lost their styles.
        assertThat(client.stage().getScene().getRoot()).as("the window's root").isSameAs(root);
    }

    @Test
    void unreadableTextTypedOverADayStaysAndIsCalledSo() throws TimeoutException {
        clickOn("#request-person").clickOn("王建国（市长）");
        clickOn(picker("#request-depart").getEditor()).write("2026-12-10").type(KeyCode.TAB);
        clickOn(picker("#request-return").getEditor()).write("2026-12-12").type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#request-verdict").tryQuery().isPresent());
        clickOn(picker("#request-return").getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2026-13-45");
        clickOn("#request-destination");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker("#request-return").getEditor().getText()).isEqualTo("2026-13-45");
        assertThat(problems().getChildren()).extracting(n -> ((Label) n).getText())
                .contains(tr("request.problem.noSuchDay", tr("request.field.return"), "2026-13-45"))
                .doesNotContain(tr("request.problem.required", tr("request.field.return")));
        assertThat(lookup("#request-return").query().getPseudoClassStates())
                .as("marked").contains(atlantafx.base.theme.Styles.STATE_DANGER);
        // the answer for the day that was there before goes: the form as it stands cannot be read
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#request-result-empty").tryQuery().isPresent());
        assertThat(lookup("#request-verdict").tryQuery()).isEmpty();

        // a day typed again is read, and 清空 empties the field
        clickOn(picker("#request-return").getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2026-12-14")
                .type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker("#request-return").getValue()).isEqualTo(java.time.LocalDate.of(2026, 12, 14));
        clickOn("#request-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker("#request-return").getEditor().getText()).isEmpty();
    }

    @Test
    void anUnreadableDateIsCalledSoAndClearingEmptiesIt() {
        clickOn(picker("#request-return").getEditor()).write("2026-13-45");
        clickOn("#request-destination");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problems().getChildren()).extracting(n -> ((Label) n).getText())
                .contains(tr("request.problem.noSuchDay", tr("request.field.return"), "2026-13-45"));

        clickOn("#request-clear");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker("#request-return").getEditor().getText()).isEmpty();
        assertThat(problems().getChildren()).isEmpty();
    }

    @Test
    void closingTheWindowWithADraftAsksFirstAndGoingBackKeepsIt() throws Exception {
        clickOn("#request-destination").write("北京");

        // runLater, not interact: the question is modal and would keep interact waiting for its answer
        Platform.runLater(() -> client.stage().fireEvent(
                new WindowEvent(client.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .isEqualTo(tr("request.unsaved.message"));

        // the dialog is in the scene graph a moment before its window shows
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(tr("request.unsaved.stay"))
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        clickOn(tr("request.unsaved.stay"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(client.stage().isShowing()).isTrue();
    }
}
