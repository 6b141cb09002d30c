package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The itinerary editor of a trip abroad in the real client, driven with the keyboard and the mouse. */
class ItineraryEditorScreenTest extends FxRobot {
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

    private String name(int index) {
        return lookup("#itinerary-name-" + index).queryAs(Label.class).getText();
    }

    @Test
    void countriesArePickedByChineseNameTickedAirsideReorderedAndCountedByTheRulebook() throws TimeoutException {
        clickOn("#nav-new-request");
        clickOn("#request-person").clickOn("刘洋（部门主要负责人）");
        clickOn("#request-kind").clickOn(DomainLabels.kind(cn.leavedesk.domain.Kind.OFFICIAL_VISIT));
        clickOn("#request-scope").clickOn(DomainLabels.scope(cn.leavedesk.domain.Scope.ABROAD));
        LocalDate depart = LocalDate.now().plusDays(40);
        typeDate("#request-depart", depart);
        typeDate("#request-return", depart.plusDays(6));
        assertThat(lookup("#itinerary-empty").tryQuery()).isPresent();

        clickOn("#itinerary-search").write("德国").type(KeyCode.ENTER);
        write("阿联酋").type(KeyCode.ENTER);
        // The proposals list: Down walks into it, Enter takes the chosen one.
        write("香港").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name(0)).isEqualTo("德国");
        assertThat(name(1)).isEqualTo("阿拉伯联合酋长国");
        assertThat(name(2)).isEqualTo("香港");

        clickOn("#itinerary-airside-1");
        clickOn("#itinerary-up-1");
        clickOn("#itinerary-remove-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name(0)).isEqualTo("阿拉伯联合酋长国");
        assertThat(lookup("#itinerary-airside-0").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(name(1)).isEqualTo("德国");
        assertThat(lookup("#itinerary-name-2").tryQuery()).isEmpty();

        // The transit through Abu Dhabi does not count: one country on the rulebook's panel.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#request-abroad").tryQuery()
                .map(n -> ((Label) ((VBox) n).getChildren().get(0)).getText().contains("1 个国家和地区"))
                .orElse(false));

        clickOn("#itinerary-search").write("Atlantis");
        assertThat(lookup("#itinerary-no-match").queryAs(Label.class).isVisible()).isTrue();
    }
}
