package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.service.MeetingSchedule;
import cn.leavedesk.service.OfficeSettings;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The meeting schedule of a Hegang office in the real client, headless. */
class MeetingsScreenTest extends FxRobot {
    private static final Actor CLERK = Actor.of("测试");
    private static final LocalDate DAY = LocalDate.now().plusDays(3);

    @TempDir
    Path home;
    private RunningClient client;

    @BeforeEach
    void startOnAHegangOffice() throws TimeoutException {
        try (Database db = Database.open(home.resolve("office.db"))) {
            new SettingsService(db).save(new OfficeSettings("李文", "hegang"));
            db.people().insertAll(List.of(
                    Person.of("m", "王建国", Role.MAYOR),
                    Person.of("ev", "李明远", Role.EXECUTIVE_VICE_MAYOR),
                    Person.of("v1", "陈静怡", Role.VICE_MAYOR),
                    Person.of("v2", "赵立新", Role.VICE_MAYOR),
                    Person.of("sg", "周文", Role.SECRETARY_GENERAL)), CLERK);
            db.absences().insert(Absence.builder("x1", "v1", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, DAY, DAY)
                    .meeting(new Meeting(MeetingType.EXECUTIVE, Optional.of("m"))).reason("另有公务").build(), CLERK);
            db.absences().insert(Absence.builder("t1", "v2", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                    DAY.minusDays(1), DAY.plusDays(1)).destination("北京").build(), CLERK);
            // the next day, two more are not there
            db.absences().insert(Absence.builder("x2", "ev", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, DAY.plusDays(1),
                    DAY.plusDays(1)).meeting(new Meeting(MeetingType.EXECUTIVE, Optional.of("m"))).reason("另有公务")
                    .build(), CLERK);
            db.absences().insert(Absence.builder("t2", "sg", Kind.LEAVE, Scope.WITHIN_CITY, DAY.plusDays(1),
                    DAY.plusDays(1)).build(), CLERK);
        }
        client = RunningClient.start(home);
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
    }

    @Test
    void aClerkRecordsAnExecutiveMeetingAndSeesWhoIsExcusedAndThatTheQuorumFails() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#nav-meetings").tryQuery()
                .map(Node::isVisible).orElse(false));
        clickOn("#nav-meetings");
        Label rule = lookup("#meetings-rule").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rule.getText().contains("第三十七条"));
        TableView<MeetingSchedule.Entry> table = lookup("#meetings-table").queryTableView();
        assertThat(table.getItems()).isEmpty();

        // a cleared day is named beside its field, and nothing is recorded
        interact(() -> lookup("#meetings-date").queryAs(DatePicker.class).setValue(null));
        clickOn("#meetings-add");
        assertThat(lookup("#meetings-date-error").queryAs(Label.class).getText())
                .isEqualTo(tr("meetings.field.date.missing"));
        assertThat(table.getItems()).isEmpty();

        interact(() -> lookup("#meetings-date").queryAs(DatePicker.class).setValue(DAY));
        assertThat(lookup("#meetings-date-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(lookup("#meetings-type").queryAs(ComboBox.class).getValue()).isEqualTo(MeetingType.EXECUTIVE);
        clickOn("#meetings-name").write("第12次常务会议");
        clickOn("#meetings-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        MeetingSchedule.Entry meeting = table.getItems().get(0);
        assertThat(meeting.title()).contains("第12次常务会议");
        Node tableNode = table;
        assertThat(from(tableNode).lookup("陈静怡").tryQuery()).as("excused").isPresent();
        assertThat(from(tableNode).lookup("赵立新").tryQuery()).as("away on a trip").isPresent();
        // 5 members, 2 not there: 3 of 5 is more than half
        assertThat(from(tableNode).lookup(tr("meetings.quorum.holds", 3, 5)).tryQuery()).isPresent();

        // the next day 3 of 5 are not there: marked
        interact(() -> lookup("#meetings-date").queryAs(DatePicker.class).setValue(DAY.plusDays(1)));
        clickOn("#meetings-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from(tableNode).lookup(tr("meetings.quorum.fails", 2, 5)).tryQuery()).isPresent();
        assertThat(lookup(".ld-quorum").queryAll().stream().filter(n -> n instanceof TableCell<?, ?>)
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("fails"))).count())
                .isEqualTo(1);

        // the members one by one
        clickOn(tr("meetings.quorum.fails", 2, 5));
        ListView<?> members = lookup("#meetings-members").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> members.getItems().size() == 5);
        assertThat(members.getItems()).map(m -> cn.leavedesk.ui.meetings.MeetingsViewModel
                        .memberText((MeetingSchedule.Member) m))
                .anySatisfy(t -> assertThat(t).startsWith("赵立新").contains("出差"))
                .anySatisfy(t -> assertThat(t).startsWith("王建国").endsWith("出席"));
        assertThat(from((Node) members).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(javafx.scene.control.ListCell::getText).contains("王建国（市长）：出席");

        // the same meeting twice is refused with the reason
        clickOn("#meetings-add");
        String refusal = tr("meetings.refused.sameDay", DAY.plusDays(1).toString(),
                DomainLabels.meetingType(cn.leavedesk.domain.MeetingType.EXECUTIVE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(refusal).tryQuery().isPresent());
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
    }

    /**
     * The members are recorded with the meeting and the clerk corrects them: taking off the two who are not there
     * changes the quorum shown; nobody ticked is refused beside the list and nothing is stored.
     */
    @Test
    void aClerkCorrectsTheMembersOfAScheduledMeeting() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#nav-meetings").tryQuery()
                .map(Node::isVisible).orElse(false));
        clickOn("#nav-meetings");
        TableView<MeetingSchedule.Entry> table = lookup("#meetings-table").queryTableView();
        interact(() -> lookup("#meetings-date").queryAs(DatePicker.class).setValue(DAY));
        clickOn("#meetings-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(tr("meetings.quorum.holds", 3, 5));
        Label heading = lookup("#meetings-members-heading").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> heading.getText().equals(tr("meetings.members.summary",
                DomainLabels.meetingType(MeetingType.EXECUTIVE), DAY.toString(), 5)));

        clickOn("#meetings-edit-members");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#meetings-member-sg").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> everyone = List.of("m", "ev", "v1", "v2", "sg");
        for (String id : everyone) {
            assertThat(lookup("#meetings-member-" + id).queryAs(CheckBox.class).isSelected()).as(id).isTrue();
        }

        // nobody ticked is refused beside the list
        for (String id : everyone) {
            clickOn("#meetings-member-" + id);
        }
        clickOn("#meetings-members-save");
        assertThat(lookup("#meetings-members-error").queryAs(Label.class).getText())
                .isEqualTo(tr("meetings.members.problem.none"));

        // the mayor, the executive vice-mayor and the secretary-general: 3 of 3 there
        for (String id : List.of("m", "ev", "sg")) {
            clickOn("#meetings-member-" + id);
        }
        assertThat(lookup("#meetings-members-error").queryAs(Label.class).isVisible()).isFalse();
        clickOn("#meetings-members-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).quorum().orElseThrow().total() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from((Node) table).lookup(tr("meetings.quorum.holds", 3, 3)).tryQuery()).isPresent();
        assertThat(lookup("#meetings-members").queryListView().isVisible()).isTrue();
        assertThat(lookup("#meetings-member-editor").query().isVisible()).isFalse();
    }

    /** In the narrowest window (1024) the column saying whether the meeting can be held was past the table's edge. */
    @Test
    void whetherAMeetingCanBeHeldIsReadableInANarrowWindow() throws TimeoutException {
        double width = client.stage().getWidth();
        try {
            interact(() -> client.stage().setWidth(1024));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#nav-meetings").tryQuery()
                    .map(Node::isVisible).orElse(false));
            clickOn("#nav-meetings");
            interact(() -> lookup("#meetings-date").queryAs(DatePicker.class).setValue(DAY));
            clickOn("#meetings-add");
            TableView<MeetingSchedule.Entry> table = lookup("#meetings-table").queryTableView();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
            WaitForAsyncUtils.waitForFxEvents();

            TableCell<?, ?> quorum = lookup(".ld-quorum").queryAll().stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && c.getText() != null)
                    .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
            assertThat(quorum.getText()).isEqualTo(tr("meetings.quorum.holds", 3, 5));
            assertThat(((javafx.scene.text.Text) quorum.lookup(".text")).getText()).as("drawn whole")
                    .isEqualTo(quorum.getText());
            double right = table.localToScene(table.getLayoutBounds()).getMaxX();
            assertThat(quorum.localToScene(quorum.getLayoutBounds()).getMaxX()).as("within the table")
                    .isLessThanOrEqualTo(right + 2);
        } finally {
            interact(() -> client.stage().setWidth(width));
        }
    }
}
