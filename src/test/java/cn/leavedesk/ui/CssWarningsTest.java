package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.ui.main.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the demo office shown in turn, with the JavaFX CSS logger listened to: a looked-up colour that
 * does not resolve to a paint where a node is styled is logged as a {@code ClassCastException} warning (about 240 a
 * session were printed once), and such a node is drawn without its background.
 */
class CssWarningsTest extends FxRobot {
    /** The logger JavaFX's CSS engine writes its warnings to (through java.util.logging). */
    private static final Logger CSS = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler listener = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(String.valueOf(record.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    @TempDir
    Path home;
    private RunningClient client;

    @BeforeEach
    void listen() throws TimeoutException {
        CSS.addHandler(listener);
        client = RunningClient.startOnDemoOffice(home);
    }

    @AfterEach
    void stop() throws TimeoutException {
        client.close();
        CSS.removeHandler(listener);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean present(String query) {
        return lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    @Test
    void everyScreenIsStyledWithoutCssWarnings() throws Exception {
        for (Screen screen : Screen.values()) {
            if (present("#nav-" + screen.id())) {
                clickOn("#nav-" + screen.id());
                WaitForAsyncUtils.waitForFxEvents();
            }
        }

        // The request form with a live answer that warns (.ld-verdict-warn): the mayor away with nobody presiding.
        clickOn("#nav-new-request");
        clickOn("#request-person").clickOn("王建国（市长）");
        type("#request-depart", "2026-11-26");
        type("#request-return", "2026-11-26");
        waitFor(() -> present("#request-verdict"));
        // an unreadable date, and the person list opened and closed again
        type("#request-return", "2026-13-45");
        clickOn("#request-person");
        type(KeyCode.ESCAPE);

        // An absence page (.ld-section everywhere), its step bar and its amendment form.
        clickOn("#nav-todo");
        waitFor(() -> lookup(n -> n.getId() != null && n.getId().startsWith("todo-item-")).tryQuery().isPresent());
        clickOn((Node) lookup(n -> n.getId() != null && n.getId().startsWith("todo-item-")).query());
        waitFor(() -> present("#absence-title"));
        Button tick = lookup(n -> n.getId() != null && n.getId().startsWith("step-tick-")).queryAs(Button.class);
        clickOn(tick);
        waitFor(() -> present("#action-confirm"));
        clickOn("#action-dismiss");
        clickOn(tick);
        waitFor(() -> present("#action-confirm"));
        clickOn("#action-confirm");
        waitFor(() -> !present("#action-confirm"));
        // The amendment form, saved; the new version cancelled after a first try without a reason.
        clickOn("#absence-amend");
        waitFor(() -> present("#request-amend-reason"));
        clickOn("#request-amend-reason").write("行程调整");
        clickOn("#request-save");
        waitFor(() -> present("#absence-title") || present(".dialog-pane"));
        if (present(".dialog-pane")) {
            clickOn(I18n.tr("dialog.continue"));
            waitFor(() -> present("#absence-title"));
        }
        clickOn("#absence-cancel");
        waitFor(() -> present("#action-confirm"));
        clickOn("#action-confirm");
        waitFor(() -> present("#action-problem"));
        clickOn("#action-reason").write("会议取消");
        clickOn("#action-confirm");
        waitFor(() -> !present("#action-confirm"));
        // Back to screens built before all this.
        for (Screen screen : Screen.values()) {
            if (present("#nav-" + screen.id())) {
                clickOn("#nav-" + screen.id());
                WaitForAsyncUtils.waitForFxEvents();
            }
        }

        assertThat(warnings).as("CSS warnings").isEmpty();
    }

    /** The listener hears what it is there for: a colour that does not resolve, as the CSS engine reports it. */
    @Test
    void aColourThatDoesNotResolveIsHeard() {
        javafx.scene.control.Label broken = new javafx.scene.control.Label("x");
        broken.setStyle("-fx-background-color: -ld-no-such-colour;");
        interact(() -> lookup("#content").queryAs(javafx.scene.layout.Pane.class).getChildren().add(broken));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("ClassCastException")
                .contains("-fx-background-color"));
    }

    private void type(String picker, String text) {
        javafx.scene.control.DatePicker field = lookup(picker).queryAs(javafx.scene.control.DatePicker.class);
        clickOn(field.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
