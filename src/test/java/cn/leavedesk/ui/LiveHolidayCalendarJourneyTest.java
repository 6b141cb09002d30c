package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Term;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clerk types a draft request departing in a year the office has no holiday schedule for, sees the deadline
 * counted on the estimate, types the year's notice on 节假日安排, and — without restarting — finds the kept draft's
 * deadline counted with the new year. Real client, real database file, headless.
 *
 * <p>2030 is a year no schedule covers (tyme4j and the shipped files stop earlier); the typed notice is a test
 * schedule (清明 Thu 4 – Sat 6 April), not the real one.
 */
class LiveHolidayCalendarJourneyTest extends FxRobot {
    @TempDir
    Path home;
    private RunningClient client;

    @AfterEach
    void stopClient() throws TimeoutException {
        if (client != null) {
            client.close();
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String fileBy() {
        return lookup("#request-file-by").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Waits for the deadline line; on a timeout the failure shows what the form says instead. */
    private void waitForFileBy(String day) throws TimeoutException {
        String expected = tr("request.result.fileBy", day);
        try {
            waitUntil(() -> fileBy().equals(expected));
        } catch (TimeoutException e) {
            javafx.scene.layout.VBox problems = lookup("#request-problems").queryAs(javafx.scene.layout.VBox.class);
            assertThat(fileBy()).as("problems: %s", problems.getChildren().stream()
                    .map(n -> ((Label) n).getText()).toList()).isEqualTo(expected);
        }
    }

    private void typeDate(String picker, LocalDate date) {
        clickOn(lookup(picker).queryAs(DatePicker.class).getEditor()).write(date.toString()).type(KeyCode.ENTER);
    }

    private void set(String field, String text) {
        TextField input = lookup(field).queryAs(TextField.class);
        interact(() -> input.setText(text));
    }

    @Test
    void aYearTypedOnTheHolidayScreenCountsInTheKeptDraftWithoutARestart() throws Exception {
        try (Database db = Database.open(home.resolve("office.db"))) {
            Actor clerk = Actor.of("张晓燕");
            db.settings().put(SettingsRepository.RULEBOOK, "wuhan", clerk);
            db.settings().put(SettingsRepository.OFFICE_NAME, "武汉测试市人民政府办公厅", clerk);
            Term term = new Term(LocalDate.parse("2027-01-10"), LocalDate.parse("2032-01-09"));
            db.people().insertAll(List.of(
                    new Person("v1", "陈静怡", Role.VICE_MAYOR, List.of(), Optional.empty(), Optional.of(term)),
                    new Person("d1", "刘洋", Role.DEPARTMENT_HEAD, List.of(), Optional.of("v1"), Optional.empty())),
                    clerk);
        }
        client = RunningClient.start(home);

        // Wuhan 六十七: three working days before Tue 9 April 2030 — on the estimate Mon 8, Thu 4, Wed 3
        clickOn("#nav-new-request");
        clickOn("#request-person").clickOn("刘洋（部门主要负责人）");
        typeDate("#request-depart", LocalDate.parse("2030-04-09"));
        typeDate("#request-return", LocalDate.parse("2030-04-10"));
        clickOn("#request-destination").write("北京");
        waitForFileBy("2030-04-03");

        // the notice typed on 节假日安排
        clickOn("#nav-holidays");
        waitUntil(() -> lookup("#holidays-year").tryQuery().isPresent());
        set("#holidays-year", "2030");
        set("#holidays-source", "测试用 2030 年放假安排");
        set("#holidays-block-name-0", "清明节");
        set("#holidays-block-from-0", "2030-04-04");
        set("#holidays-block-to-0", "2030-04-06");
        clickOn("#holidays-save");
        waitUntil(() -> Files.exists(home.resolve("holidays/2030.json")));

        // back on the draft, kept with what was typed: Mon 8, (Sun 7 – Thu 4 off), Wed 3, Tue 2
        clickOn("#nav-new-request");
        waitForFileBy("2030-04-02");
        assertThat(lookup("#request-destination").queryAs(TextField.class).getText()).isEqualTo("北京");

        // and a new form counts with it too
        clickOn("#request-clear");
        clickOn("#request-person").clickOn("刘洋（部门主要负责人）");
        typeDate("#request-depart", LocalDate.parse("2030-04-09"));
        typeDate("#request-return", LocalDate.parse("2030-04-10"));
        clickOn("#request-destination").write("武汉");
        waitForFileBy("2030-04-02");
    }
}
