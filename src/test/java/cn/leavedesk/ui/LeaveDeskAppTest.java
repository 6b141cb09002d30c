package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.ui.main.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real client headless (Monocle), as a clerk would with the mouse and keyboard. */
class LeaveDeskAppTest extends FxRobot {
    @TempDir
    Path home;
    private RunningClient client;

    @BeforeEach
    void startClient() throws TimeoutException {
        client = RunningClient.start(home);
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void windowHasItsTitleAndStatusBar() {
        assertThat(client.stage().getTitle()).isEqualTo(tr("app.title"));
        assertThat(text("#status-database")).isEqualTo(tr("status.database", home.resolve("office.db")));
        assertThat(text("#status-rulebook")).isEqualTo(tr("status.rulebook", tr("rulebook.wuhan")));
        assertThat(text("#status-clerk")).isEqualTo(tr("status.clerk.unset"));
    }

    @Test
    void everyScreenOpensFromTheNavigation() {
        for (Screen screen : Screen.values()) {
            clickOn("#nav-" + screen.id());

            assertThat(lookup("#nav-" + screen.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
            Node content = lookup("#content").query();
            switch (screen) {
                case REGISTER -> assertThat(from(content).lookup("#register-table").tryQuery()).isPresent();
                case SETTINGS -> assertThat(from(content).lookup("#clerk-name").tryQuery()).isPresent();
                default -> {
                    assertThat(from(content).lookup("#coming-soon").queryAs(Label.class).getText())
                            .isEqualTo(tr("comingSoon"));
                    assertThat(from(content).lookup(screen.title()).tryQuery()).isPresent();
                }
            }
        }
    }

    @Test
    void clickingTheOpenScreenAgainKeepsItOpen() {
        clickOn("#nav-register").clickOn("#nav-register");

        assertThat(lookup("#nav-register").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#register-table").tryQuery()).isPresent();
    }

    @Test
    void clerkNameSetInSettingsShowsInStatusBarAndIsKept() throws Exception {
        clickOn("#nav-settings");
        assertThat(text("#clerk-name-problem")).isEqualTo(tr("settings.clerkName.required"));

        clickOn("#clerk-name").write("张晓燕");
        clickOn("#save-settings");

        assertThat(text("#status-clerk")).isEqualTo(tr("status.clerk", "张晓燕"));
        assertThat(text("#status-message")).isEqualTo(tr("settings.saved"));
        assertThat(text("#clerk-name-problem")).isEmpty();
        assertThat(Files.readString(home.resolve("settings.properties"))).contains("张晓燕");
    }

    @Test
    void choosingAnotherRulebookChangesTheStatusBar() {
        clickOn("#nav-settings");
        clickOn("#clerk-name").write("李文");
        clickOn("#rulebook").clickOn(tr("rulebook.hangzhou"));
        clickOn("#save-settings");

        assertThat(lookup("#rulebook").queryAs(ComboBox.class).getValue().toString())
                .isEqualTo(tr("rulebook.hangzhou"));
        assertThat(text("#status-rulebook")).isEqualTo(tr("status.rulebook", tr("rulebook.hangzhou")));
    }

    @Test
    void demoDataFillsTheRegister() throws TimeoutException {
        clickOn("#register-load-demo");

        TableView<?> table = lookup("#register-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#register-summary")).isEqualTo(tr("register.count", 8));
        assertThat(text("#status-message")).isEqualTo(tr("demo.loaded", 8, 8));

        clickOn("#register-search").write("北京");
        assertThat(table.getItems()).hasSize(1);
    }
}
