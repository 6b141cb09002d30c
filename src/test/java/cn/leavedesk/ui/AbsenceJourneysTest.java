package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.ui.absence.AbsenceViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

/** Following absences to their end in the real client, headless, on a database holding the demo office. */
class AbsenceJourneysTest extends FxRobot {
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path home;
    private RunningClient client;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void startOnDemoData() throws TimeoutException {
        LeaveDeskApp.testViewer = opened::add;
        client = RunningClient.startOnDemoOffice(home);
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
        LeaveDeskApp.testViewer = null;
    }

    private void typeDate(String picker, LocalDate date) {
        DatePicker field = lookup(picker).queryAs(DatePicker.class);
        clickOn(field.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write(date.toString()).type(KeyCode.ENTER);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        // Generous: the full suite runs on two busy cores.
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            // what the window showed when the wait gave up, for whoever reads the failure
            shot("journey-timeout-" + System.currentTimeMillis());
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().isPresent();
    }

    /** Files a request on the new-request screen; the saved absence's page opens. Returns its id. */
    private String file(String person, Kind kind, Scope scope, LocalDate filed, LocalDate depart, LocalDate back)
            throws TimeoutException {
        clickOn("#nav-new-request");
        clickOn("#request-person").clickOn(person);
        if (kind != Kind.BUSINESS_TRIP) {
            clickOn("#request-kind").clickOn(DomainLabels.kind(kind));
        }
        if (scope != Scope.OUTSIDE_PROVINCE) {
            clickOn("#request-scope").clickOn(DomainLabels.scope(scope));
        }
        typeDate("#request-filed", filed);
        typeDate("#request-depart", depart);
        typeDate("#request-return", back);
        if (scope == Scope.ABROAD) {
            clickOn("#itinerary-search").write("德国").type(KeyCode.ENTER);
        }
        clickOn("#request-destination").write("北京");
        clickOn("#request-reason").write("参加会议");
        waitFor(() -> present("#request-verdict"));
        clickOn("#request-save");
        waitFor(() -> present("#absence-title") || lookup(".dialog-pane").tryQuery().isPresent());
        if (!present("#absence-title")) {
            waitFor(() -> lookup(tr("dialog.continue")).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery()
                    .isPresent());
            clickOn(tr("dialog.continue"));
            waitFor(() -> present("#absence-title"));
        }
        return text("#absence-id");
    }

    private void confirmAction() throws TimeoutException {
        clickOn("#action-confirm");
        waitFor(() -> !present("#action-confirm") || !lookup("#action-confirm").query().isVisible());
    }

    private List<String> todoIds() {
        return lookup(n -> n.getId() != null && n.getId().startsWith("todo-item-")).queryAll().stream()
                .map(Node::getId).toList();
    }

    @Test
    void aWuhanDepartmentHeadsTripIsTickedDepartedReturnedAndLeavesTheToDoList() throws TimeoutException {
        String id = file("刘洋（部门主要负责人）", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, TODAY.minusDays(20),
                TODAY.minusDays(10), TODAY.minusDays(8));

        clickOn("#nav-todo");
        waitFor(() -> todoIds().stream().anyMatch(i -> i.startsWith("todo-item-" + id)));
        List<String> mine = todoIds().stream().filter(i -> i.startsWith("todo-item-" + id)).toList();
        assertThat(mine).isNotEmpty().allMatch(i -> i.endsWith("step_overdue"));

        // The demo office has a long list: the line is pressed as Enter would, wherever the list is scrolled.
        Button line = lookup("#" + mine.get(0)).queryAs(Button.class);
        interact(line::fire);
        waitFor(() -> present("#absence-chain"));
        int steps = lookup("#absence-chain").queryAs(VBox.class).getChildren().size();
        assertThat(steps).isPositive();
        for (int n = 1; n <= steps; n++) {
            int number = n;
            clickOn("#step-tick-" + n);
            clickOn("#action-how").clickOn(tr("absence.how.oral"));
            clickOn("#action-note").write("电话报备");
            confirmAction();
            waitFor(() -> text("#step-state-" + number).equals(tr("absence.state.done")));
            assertThat(text("#step-done-" + number)).contains(tr("absence.how.oral")).contains("电话报备");
        }

        clickOn("#absence-depart");
        typeDate("#action-day", TODAY.minusDays(10));
        confirmAction();
        clickOn("#absence-return");
        typeDate("#action-day", TODAY.minusDays(7));
        confirmAction();
        waitFor(() -> lookup("#absence-facts").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains("比计划晚 1 天")));
        // With both days recorded, the same buttons now say they correct them.
        assertThat(lookup("#absence-depart").queryButton().getText()).isEqualTo(tr("absence.action.departAgain"));
        assertThat(lookup("#absence-return").queryButton().getText()).isEqualTo(tr("absence.action.returnAgain"));

        clickOn("#absence-back");
        clickOn("#nav-todo");
        clickOn("#todo-refresh");
        // the list shown before the refresh (with the absence on it) stays until the new one is read
        waitFor(() -> lookup("#todo-summary").queryAs(Label.class).getText().startsWith("共")
                && todoIds().stream().noneMatch(i -> i.startsWith("todo-item-" + id)));
        assertThat(todoIds()).noneMatch(i -> i.startsWith("todo-item-" + id));
    }

    @Test
    void aReturnInTheFutureIsRefusedOnTheFormNamingTheField() throws TimeoutException {
        file("刘洋（部门主要负责人）", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, TODAY.minusDays(20),
                TODAY.minusDays(10), TODAY.minusDays(8));
        clickOn("#absence-return");
        typeDate("#action-day", TODAY.plusDays(2));
        clickOn("#action-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#action-problem")).contains(tr("absence.field.returnedOn")).contains("未来");
    }

    @Test
    void anAttachedFileIsThereWhenThePageIsOpenedAgainAndOpensInTheViewer() throws Exception {
        String id = file("刘洋（部门主要负责人）", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, TODAY.minusDays(3),
                TODAY.plusDays(20), TODAY.plusDays(22));
        Path invitation = home.resolve("邀请函.pdf");
        Files.write(invitation, "%PDF-1.4 invitation".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AbsenceViewModel page = (AbsenceViewModel) lookup("#absence-page").query().getProperties()
                .get(AbsenceViewModel.class);
        interact(() -> page.addAttachments(List.of(invitation)));
        waitFor(() -> lookup(n -> n.getId() != null && n.getId().startsWith("attachment-open-")).tryQuery()
                .isPresent());

        clickOn("#absence-back");
        openFromRegister(id);
        waitFor(() -> present("#absence-attachments"));
        assertThat(lookup(n -> n instanceof Label l && "邀请函.pdf".equals(l.getText())).tryQuery()).isPresent();
        clickOn((Button) lookup(n -> n.getId() != null && n.getId().startsWith("attachment-open-")).query());
        waitFor(() -> !opened.isEmpty());
        assertThat(opened.get(0).getFileName().toString()).isEqualTo("邀请函.pdf");
        assertThat(Files.readString(opened.get(0))).isEqualTo("%PDF-1.4 invitation");
        assertThat(lookup("#absence-history").queryAs(VBox.class).getChildren()).anyMatch(n ->
                n.lookupAll(".label").stream().anyMatch(l -> ((Label) l).getText().contains("邀请函.pdf")));
    }

    private void shot(String name) {
        try {
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> client.stage().getScene()
                    .snapshot(null)).get();
            MainWindowScreenshotTest.writePng(image, Path.of("target", "debug", name + ".png"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int businessTripsOf(String name) throws TimeoutException {
        clickOn("#nav-annual-counts");
        javafx.scene.control.TableView<cn.leavedesk.ui.counts.CountsRow> table = lookup("#counts-table")
                .queryTableView();
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.line().name().equals(name)));
        return table.getItems().stream().filter(r -> r.line().name().equals(name)).findFirst().orElseThrow()
                .count(Kind.BUSINESS_TRIP);
    }

    private void openFromRegister(String id) throws TimeoutException {
        clickOn("#nav-register");
        javafx.scene.control.TextField search = lookup("#register-search").queryAs(javafx.scene.control.TextField.class);
        interact(() -> search.setText(id));
        javafx.scene.control.TableView<?> table = lookup("#register-table").queryTableView();
        waitFor(() -> table.getItems().size() == 1);
        // The first row by its index: the first .table-row-cell in the scene can be the table's invisible
        // measuring cell, and a click on it selects nothing.
        waitFor(() -> lookup("#register-table .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.isVisible() && r.getIndex() == 0 && r.getItem() != null).tryQuery().isPresent());
        clickOn(lookup("#register-table .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.isVisible() && r.getIndex() == 0 && r.getItem() != null).queryAs(Node.class));
        type(KeyCode.ENTER);
        waitFor(() -> present("#absence-title") && text("#absence-id").equals(id));
    }

    @Test
    void aCancelledTripDropsOutOfTheAnnualCount() throws TimeoutException {
        String id = file("刘洋（部门主要负责人）", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, TODAY.minusDays(20),
                TODAY.minusDays(10), TODAY.minusDays(8));
        int before = businessTripsOf("刘洋");
        assertThat(before).isPositive();

        openFromRegister(id);
        clickOn("#absence-cancel");
        clickOn("#action-reason").write("会议取消");
        confirmAction();
        waitFor(() -> present("#absence-state"));
        assertThat(text("#absence-state")).isEqualTo(tr("absence.state.cancelled"));
        assertThat(present("#absence-depart")).isFalse();

        // The counts screen was built before the cancel and reads its year again each time it is shown: the first
        // figures on it may still be the old ones for a moment.
        clickOn("#nav-annual-counts");
        waitFor(() -> shownBusinessTripsOf("刘洋") == before - 1);
        assertThat(shownBusinessTripsOf("刘洋")).isEqualTo(before - 1);
    }

    /** The figure on the counts screen as it stands, or -1 while the person's row is not there. */
    private int shownBusinessTripsOf(String name) {
        javafx.scene.control.TableView<cn.leavedesk.ui.counts.CountsRow> table = lookup("#counts-table")
                .queryTableView();
        return table.getItems().stream().filter(r -> r.line().name().equals(name)).findFirst()
                .map(r -> r.count(Kind.BUSINESS_TRIP)).orElse(-1);
    }

    @Test
    void aTripAbroadAmendedIntoABreachShowsTheBreachOnTheNewVersion() throws TimeoutException {
        String id = file("刘洋（部门主要负责人）", Kind.OFFICIAL_VISIT, Scope.ABROAD, TODAY.minusDays(3),
                TODAY.plusDays(40), TODAY.plusDays(44));
        clickOn("#absence-amend");
        waitFor(() -> present("#request-amend-reason"));
        clickOn("#itinerary-search").write("法国").type(KeyCode.ENTER);
        for (String country : List.of("意大利", "西班牙", "葡萄牙")) {
            write(country).type(KeyCode.ENTER);
        }
        typeDate("#request-return", TODAY.plusDays(60));
        clickOn("#request-amend-reason").write("增加出访国家");
        waitFor(() -> present("#request-verdict")
                && text("#request-verdict").equals(cn.leavedesk.rules.Messages.chinese()
                .label(cn.leavedesk.domain.Verdict.VIOLATION)));
        // The five-stop form is longer than the window: scroll down to its buttons as a clerk would.
        javafx.scene.control.ScrollPane form = lookup("#request-form").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> form.setVvalue(1.0));
        clickOn("#request-save");
        // The breach is named once, with its article, before the new version is stored.
        waitFor(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("武政");
        waitFor(() -> lookup(tr("dialog.continue")).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery()
                .isPresent());
        clickOn(tr("dialog.continue"));

        waitFor(() -> present("#absence-id") && !text("#absence-id").equals(id));
        String newId = text("#absence-id");
        assertThat(lookup("#absence-verdict").queryAs(Label.class).getStyleClass()).contains("ld-verdict-violation");
        assertThat(lookup("#absence-findings").queryAs(VBox.class).getChildren()).anyMatch(n ->
                n.getStyleClass().contains("ld-finding-violation") && ((Label) n).getText().contains("武政"));
        assertThat(lookup("#absence-itinerary").queryAs(VBox.class).getChildren()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(lookup("#absence-supersedes").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo(id);

        // The old version stays readable, marked as amended into the new one.
        clickOn("#absence-supersedes");
        waitFor(() -> present("#absence-state") && text("#absence-id").equals(id));
        assertThat(text("#absence-state")).isEqualTo(tr("absence.state.superseded", newId));
    }

    private static String tr(String key, Object... args) {
        return I18n.tr(key, args);
    }
}
