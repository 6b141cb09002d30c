package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import cn.leavedesk.ui.main.Screen;
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

/**
 * Drives the real client headless (Monocle), as a clerk would with the mouse and keyboard, on a real database file
 * in a temporary data folder.
 */
class LeaveDeskAppTest extends FxRobot {
    private static final int DEMO_PEOPLE = 24;
    private static final int DEMO_ABSENCES = 82;

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
        assertThat(text("#status-rulebook")).isEqualTo(tr("status.rulebook", "武汉市"));
        assertThat(text("#status-clerk")).isEqualTo(tr("status.clerk.unset"));
    }

    @Test
    void everyScreenOpensFromTheNavigation() {
        for (Screen screen : Screen.values()) {
            if (screen == Screen.MEETINGS) {
                // Wuhan's rulebook has no quorum rule, so no meeting schedule is offered
                assertThat(lookup("#nav-meetings").query().isVisible()).isFalse();
                continue;
            }
            clickOn("#nav-" + screen.id());

            assertThat(lookup("#nav-" + screen.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
            Node content = lookup("#content").query();
            switch (screen) {
                case REGISTER -> assertThat(from(content).lookup("#register-table").tryQuery()).isPresent();
                case SETTINGS -> assertThat(from(content).lookup("#clerk-name").tryQuery()).isPresent();
                case RULEBOOKS -> assertThat(from(content).lookup("#rulebook-rules").tryQuery()).isPresent();
                case WHO_IS_AWAY -> assertThat(from(content).lookup("#away-timeline").tryQuery()).isPresent();
                case ANNUAL_COUNTS -> assertThat(from(content).lookup("#counts-table").tryQuery()).isPresent();
                case NEW_REQUEST -> assertThat(from(content).lookup("#request-person").tryQuery()).isPresent();
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
        // Kept in the database, which another window may read while this one holds it.
        try (Database db = Database.openReadOnly(home.resolve("office.db"))) {
            assertThat(db.settings().get(SettingsRepository.CLERK_NAME)).contains("张晓燕");
        }
    }

    @Test
    void choosingAnotherRulebookChangesTheStatusBar() {
        clickOn("#nav-settings");
        clickOn("#clerk-name").write("李文");
        clickOn("#rulebook").clickOn("杭州市");
        clickOn("#save-settings");

        assertThat(lookup("#rulebook").queryAs(ComboBox.class).getValue().toString()).isEqualTo("杭州市");
        assertThat(text("#status-rulebook")).isEqualTo(tr("status.rulebook", "杭州市"));
    }

    @Test
    void demoDataFillsTheRegisterFromTheDatabase() throws TimeoutException {
        clickOn("#register-load-demo");

        TableView<?> table = lookup("#register-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == DEMO_ABSENCES);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#register-summary")).isEqualTo(tr("register.count", DEMO_ABSENCES));
        assertThat(text("#status-message")).isEqualTo(tr("demo.loaded", DEMO_PEOPLE, DEMO_ABSENCES));

        clickOn("#register-search").write("北京");
        assertThat(table.getItems()).hasSize(4);
        assertThat(text("#register-summary")).isEqualTo(tr("register.countFiltered", 4, DEMO_ABSENCES));
    }

    @Test
    void theRegisterIsReadFromTheDatabaseAtStart(@TempDir Path other) throws Exception {
        client.close();
        client = RunningClient.startOnDemoOffice(other);
        // The demo office has overdue steps, so the to-do list may open first; the register is one click away.
        clickOn("#nav-register");

        TableView<?> table = lookup("#register-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == DEMO_ABSENCES);
    }

    @Test
    void yueqingsRulebookSaysItsSourceIsIncomplete() {
        clickOn("#nav-settings");
        clickOn("#clerk-name").write("李文");
        clickOn("#rulebook").clickOn("乐清市");
        clickOn("#save-settings");

        clickOn("#nav-rulebooks");

        assertThat(text("#rulebook-title")).contains("乐清市人民政府工作规则");
        Node banner = lookup("#rulebook-incomplete").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(from(banner).lookup(tr("rulebooks.incomplete.title")).tryQuery()).isPresent();
        assertThat(lookup("#rulebook-rules").queryAs(TableView.class).getItems()).isNotEmpty();
    }

    @Test
    void wuhansRulebookListsItsArticlesWithoutTheWarning() {
        clickOn("#nav-rulebooks");

        assertThat(lookup("#rulebook-incomplete").tryQuery()).isEmpty();
        assertThat(text("#rulebook-complete")).isEqualTo(tr("rulebooks.complete"));
        assertThat(text("#rulebook-citation")).contains("武政〔2018〕54号");
    }
}
