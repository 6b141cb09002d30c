package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** What a new clerk walking through the demo office saw wrong, in the real client. */
class NewClerkWalkTest extends FxRobot {
    @TempDir
    Path home;
    private RunningClient client;

    /** The stage is shared by every UI test in the run: narrowed here, it is given its width back afterwards. */
    private double width;

    @BeforeEach
    void startOnDemoData() throws TimeoutException {
        client = RunningClient.startOnDemoOffice(home);
        width = client.stage().getWidth();
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        interact(() -> client.stage().setWidth(width));
        client.close();
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean present(String query) {
        return lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    /**
     * The visible cells of those columns draw their whole text: a cell cut to fit draws it shortened and ending in
     * "…" (its own text stays whole, so that is what is compared).
     */
    private void assertCellsDrawnWhole(String table, String... columns) {
        List<javafx.scene.control.TableCell<?, ?>> cells = lookup(table + " .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null
                        && c.isVisible() && c.getTableColumn() != null
                        && List.of(columns).contains(c.getTableColumn().getText()))
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n).toList();
        assertThat(cells).hasSizeGreaterThan(10).allSatisfy(cell -> assertThat(
                ((javafx.scene.text.Text) cell.lookup(".text")).getText()).as(cell.getText())
                .isEqualTo(cell.getText()));
    }

    /**
     * An overdue absence cancelled from its page: its steps are owed no more, so they no longer say 逾期 in red; and
     * the status bar's message does not squeeze the rulebook and the clerk to dots.
     */
    @Test
    void aCancelledAbsenceOwesNoStepsAndTheStatusBarKeepsItsNames() throws Exception {
        clickOn("#nav-todo");
        waitFor(() -> lookup(n -> n.getId() != null && n.getId().startsWith("todo-item-")).tryQuery().isPresent());
        clickOn((Node) lookup(n -> n.getId() != null && n.getId().startsWith("todo-item-")).query());
        waitFor(() -> present("#step-state-1"));
        assertThat(text("#step-state-1")).isEqualTo(tr("absence.state.overdue"));

        clickOn("#absence-cancel");
        waitFor(() -> present("#action-reason"));
        clickOn("#action-reason").write("会议取消");
        clickOn("#action-confirm");
        waitFor(() -> !present("#action-confirm") && !lookup("#status-message").queryAs(Label.class).getText()
                .isEmpty());

        assertThat(text("#step-state-1")).isEqualTo(tr("absence.state.notOwed"));
        // a laptop's window, with the message and the missing-holidays banner both showing
        interact(() -> client.stage().setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();
        for (String fixed : new String[] {"#status-rulebook", "#status-clerk"}) {
            Label label = lookup(fixed).queryAs(Label.class);
            assertThat(label.getWidth()).as(fixed).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
    }

    /** In a 1024-wide window the answer beside the request form was squeezed to a column of single words. */
    @Test
    void theRequestFormLeavesItsAnswerRoomInALaptopWindow() throws Exception {
        interact(() -> client.stage().setWidth(1024));
        clickOn("#nav-new-request");
        waitFor(() -> present("#request-result"));

        Node answer = lookup("#request-result").query();
        Node form = lookup("#request-form").query();
        assertThat(answer.getParent().getLayoutBounds().getWidth()).as("answer").isGreaterThanOrEqualTo(240);
        assertThat(form.getLayoutBounds().getWidth()).as("form").isGreaterThanOrEqualTo(480);
        assertThat(form.getLayoutBounds().getMaxX() + form.localToScene(0, 0).getX())
                .as("form within the window").isLessThan(1024);
    }

    /** The rulebook's notes were cut to one line each, ending in "…". */
    @Test
    void theRulebooksNotesAreShownWhole() throws Exception {
        clickOn("#nav-rulebooks");
        waitFor(() -> !lookup(".ld-note").queryAll().isEmpty());

        assertThat(lookup(".ld-note").queryAllAs(Label.class)).isNotEmpty().allSatisfy(note ->
                assertThat(note.getHeight()).as(note.getText())
                        .isGreaterThanOrEqualTo(note.prefHeight(note.getWidth()) - 0.5));
    }

    /** A long party name pushed that line's deadline out of the column the others are in. */
    @Test
    void theToDoListsDeadlinesLineUp() throws Exception {
        clickOn("#nav-todo");
        waitFor(() -> lookup(".ld-todo-what").queryAll().size() > 3);

        assertThat(lookup(".ld-todo-what").queryAll().stream()
                .map(n -> Math.round(n.localToScene(n.getLayoutBounds()).getMaxX())).distinct().toList())
                .as("right edges of the steps").hasSize(1);
    }

    /**
     * In the narrowest window (1024) the absence page's actions shrank to "…" beside the dates once a return was
     * recorded (更正销假日 is longer than 销假).
     */
    @Test
    void theAbsencePagesActionsKeepTheirNamesInANarrowWindow() throws Exception {
        interact(() -> client.stage().setWidth(1024));
        clickOn("#nav-todo");
        waitFor(() -> lookup(n -> n.getId() != null && n.getId().startsWith("todo-item-")).tryQuery().isPresent());
        clickOn((Node) lookup(n -> n.getId() != null && n.getId().startsWith("todo-item-")).query());
        waitFor(() -> present("#absence-return"));
        clickOn("#absence-return");
        javafx.scene.control.DatePicker day = lookup("#action-day").queryAs(javafx.scene.control.DatePicker.class);
        clickOn(day.getEditor()).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .write(java.time.LocalDate.now().toString()).type(javafx.scene.input.KeyCode.ENTER);
        clickOn("#action-confirm");
        waitFor(() -> lookup("#absence-return").queryButton().getText().equals(tr("absence.action.returnAgain")));

        assertThat(java.util.stream.Stream.of("#absence-amend", "#absence-cancel", "#absence-depart",
                "#absence-return").map(id -> (Node) lookup(id).query()).toList()).allSatisfy(action -> {
                    javafx.scene.layout.Region region = (javafx.scene.layout.Region) action;
                    assertThat(region.getWidth()).as(action.getId()).isGreaterThanOrEqualTo(region.prefWidth(-1) - 0.5);
                    assertThat(action.localToScene(action.getLayoutBounds()).getMaxX()).as(action.getId())
                            .isLessThanOrEqualTo(action.getScene().getWidth());
                });
    }

    /** In the narrowest window (1024) the who-is-away buttons and the legend beside them all read "…". */
    @Test
    void whoIsAwayKeepsItsButtonsAndLegendReadableInANarrowWindow() throws Exception {
        interact(() -> client.stage().setWidth(1024));
        clickOn("#nav-who-is-away");
        waitFor(() -> present("#away-next"));

        java.util.List<Node> named = new java.util.ArrayList<>(java.util.stream.Stream.of("#away-span-day",
                "#away-span-week", "#away-span-month", "#away-previous", "#away-today", "#away-next")
                .map(id -> (Node) lookup(id).query()).toList());
        named.addAll(lookup("#away-legend").queryAs(javafx.scene.layout.Pane.class).getChildren());
        assertThat(named).hasSizeGreaterThan(10).allSatisfy(node -> {
            javafx.scene.control.Labeled labeled = (javafx.scene.control.Labeled) node;
            assertThat(labeled.getWidth()).as(labeled.getText()).isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
            assertThat(node.localToScene(node.getLayoutBounds()).getMaxX()).as(labeled.getText())
                    .isLessThanOrEqualTo(node.getScene().getWidth());
        });
    }

    /**
     * In the narrowest window (1024) the annual counts cut 会议请假 and 外出天数 to "…", and the note under the table
     * to two lines ending in "…".
     */
    @Test
    void theAnnualCountsHeadersAndNoteAreWholeInANarrowWindow() throws Exception {
        interact(() -> client.stage().setWidth(1024));
        clickOn("#nav-annual-counts");
        waitFor(() -> lookup(".table-view .column-header .label").queryAll().size() > 8);

        javafx.scene.control.TableView<?> table = lookup(".table-view").queryAs(javafx.scene.control.TableView.class);
        java.util.List<Label> headers = lookup(".table-view .column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && !l.getText().isEmpty() && l.isVisible()).toList();
        assertThat(headers).hasSizeGreaterThan(8).allSatisfy(header -> assertThat(header.getWidth())
                .as(header.getText()).isGreaterThanOrEqualTo(header.prefWidth(-1) - 0.5));
        // every column within the table, or the table scrolls sideways to them (Wuhan's quota columns)
        double right = table.localToScene(table.getLayoutBounds()).getMaxX();
        boolean allWithin = lookup(".table-view .column-header").queryAll().stream()
                .allMatch(column -> column.localToScene(column.getLayoutBounds()).getMaxX() <= right + 2);
        boolean scrolls = lookup(".table-view .scroll-bar").queryAll().stream()
                .anyMatch(bar -> bar instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        assertThat(allWithin || scrolls).as("columns past the table's edge can be scrolled to").isTrue();
        Label note = lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().equals(tr("counts.note"))).queryAs(Label.class);
        assertThat(note.getHeight()).isGreaterThanOrEqualTo(note.prefHeight(note.getWidth()) - 0.5);
    }

    /** In the narrowest window (1024) the roster list beside the editor showed every name as "…". */
    @Test
    void theRosterShowsNamesAndRolesWholeInANarrowWindow() throws Exception {
        interact(() -> client.stage().setWidth(1024));
        clickOn("#nav-roster");
        waitFor(() -> lookup("#roster-table .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null));

        assertCellsDrawnWhole("#roster-table", tr("roster.column.name"), tr("roster.column.role"));
    }

    /** In the narrowest window (1024) the holiday years beside the form read "…" for the year itself. */
    @Test
    void theHolidayYearsShowEachYearAndItsOriginWholeInANarrowWindow() throws Exception {
        interact(() -> client.stage().setWidth(1024));
        clickOn("#nav-holidays");
        waitFor(() -> lookup("#holidays-years .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null));

        assertCellsDrawnWhole("#holidays-years", tr("holidays.column.year"), tr("holidays.column.origin"));
    }
}
