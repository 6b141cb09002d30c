package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes up before the database is open, and what opening asks is asked over it. */
class StartupTest extends FxRobot {
    @TempDir
    Path home;

    @Test
    void theWindowIsUpWithItsStartUpPaneWhileOpeningAsksAboutAFileInUse() throws Exception {
        try (Database other = Database.open(home.resolve("office.db"))) {
            RunningClient client = RunningClient.launch(home);
            try {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> lookup(".dialog-pane").tryQuery().isPresent());

                assertThat(client.stage().isShowing()).isTrue();
                assertThat(client.stage().getScene().lookup("#startup")).isNotNull();
                assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                        .isEqualTo(tr("open.inUse.message", home.resolve("office.db")));

                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(tr("open.inUse.readOnly"))
                        .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
                clickOn(tr("open.inUse.readOnly"));
                client.waitForMainView();

                assertThat(lookup("#status-database").queryAs(Label.class).getText())
                        .isEqualTo(tr("status.database.readOnly", home.resolve("office.db")));
            } finally {
                client.close();
            }
        }
    }
}
