package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.print.PdfFiles;
import cn.leavedesk.service.RegisterRow;
import cn.leavedesk.ui.print.PrintActions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an absence from the register with a double click and with Enter, after sorting by a column, and printing
 * its forms from its page when no printer is installed; in the real client on a real file holding the demo office.
 */
class RegisterOpenAndPrintTest extends FxRobot {
    @TempDir
    Path home;
    private RunningClient client;
    private final List<FxDialogServiceChoice> saveChoices = new ArrayList<>();

    private record FxDialogServiceChoice(DialogService.FileChoice choice) {
    }

    @BeforeEach
    void startOnDemoData() throws TimeoutException {
        LeaveDeskApp.testPrinter = new PrintActions.Printer() {
            @Override
            public boolean installed() {
                return false;
            }

            @Override
            public boolean print(byte[] pdf, String jobName) {
                throw new AssertionError("no printer is installed");
            }
        };
        FxDialogService.testSaveChoice = choice -> {
            saveChoices.add(new FxDialogServiceChoice(choice));
            return Optional.of(home.resolve("saved.pdf"));
        };
        client = RunningClient.startOnDemoOffice(home);
        clickOn("#nav-register");
        waitFor(() -> table().getItems().size() > 5);
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
        LeaveDeskApp.testPrinter = null;
        FxDialogService.testSaveChoice = null;
    }

    @SuppressWarnings("unchecked")
    private TableView<RegisterRow> table() {
        return (TableView<RegisterRow>) lookup("#register-table").queryAs(TableView.class);
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        // generous: the full suite runs on two busy cores
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean pageShows(String id) {
        return lookup("#absence-id").tryQuery().map(n -> ((Label) n).getText().equals(id)).orElse(false);
    }

    /** The row showing the index-th line (the table also keeps an invisible cell for measuring). */
    private Node row(int index) {
        return lookup("#register-table .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.isVisible() && r.getIndex() == index && r.getItem() != null).query();
    }

    private String idOfRow(Node row) {
        return ((RegisterRow) ((javafx.scene.control.TableRow<?>) row).getItem()).absence().id();
    }

    @Test
    void thePersonFilterSaysAllPeopleOnceTheRosterIsRead() throws TimeoutException {
        // The roster is read when the register is built and again when the count of absences arrives; replacing
        // the list's items used to clear the box, leaving it blank.
        javafx.scene.control.ComboBox<?> person = lookup("#register-filter-person").queryComboBox();
        waitFor(() -> person.getItems().size() > 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.control.ComboBoxBase<?>) person).getValue()).isEqualTo(Optional.empty());
        // the box's button cell (the skin also keeps a cell of the closed list under it)
        assertThat(lookup("#register-filter-person .list-cell").match(n -> n.getParent() == person)
                .queryAs(javafx.scene.control.ListCell.class).getText()).isEqualTo(tr("register.filter.anyPerson"));
    }

    @Test
    void aDoubleClickOnARowOpensThatAbsence() throws TimeoutException {
        Node third = row(2);
        String id = idOfRow(third);

        doubleClickOn(third, MouseButton.PRIMARY);

        waitFor(() -> pageShows(id));
        assertThat(lookup("#absence-title").tryQuery()).isPresent();
        // Esc goes back to the register, which still shows the same rows
        type(KeyCode.ESCAPE);
        waitFor(() -> lookup("#register-table").tryQuery().isPresent() && lookup("#absence-id").tryQuery().isEmpty());
    }

    @Test
    void enterOnTheChosenRowOpensItAfterSortingByAnyColumn() throws TimeoutException {
        // 天数 could not be sorted before this round: a click on its header asks the database for that order
        TableColumn<RegisterRow, ?> days = table().getColumns().stream()
                .filter(c -> c.getText().equals(tr("register.column.days"))).findFirst().orElseThrow();
        assertThat(days.isSortable()).isTrue();
        clickOn(lookup(".column-header .label").match(org.testfx.matcher.control.LabeledMatchers.hasText(
                tr("register.column.days"))).queryAs(Node.class));
        waitFor(() -> table().getItems().size() > 5 && isSortedByDays(table().getItems()));
        Node second = row(1);
        String id = idOfRow(second);

        clickOn(second);
        type(KeyCode.ENTER);

        waitFor(() -> pageShows(id));
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

    private static boolean isSortedByDays(List<RegisterRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i - 1).absence().days() > rows.get(i).absence().days()) {
                return false;
            }
        }
        // the demo office has trips of many lengths: a sorted list that is also the departure order would prove little
        return rows.stream().mapToLong(r -> r.absence().days()).distinct().count() > 1;
    }

    @Test
    void theAbsencePagePrintsItsFilingSheetAsAPdfWhenNoPrinterIsInstalled() throws Exception {
        Node first = row(0);
        RegisterRow chosen = (RegisterRow) ((javafx.scene.control.TableRow<?>) first).getItem();
        doubleClickOn(first, MouseButton.PRIMARY);
        waitFor(() -> pageShows(chosen.absence().id()));

        clickOn("#absence-print");
        // the menu is a popup window of its own: its items are there a moment after the click
        waitFor(() -> lookup(tr("print.menu.filing")).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        shot("absence-print-menu");
        clickOn(tr("print.menu.filing"));
        shot("absence-print-after");
        waitFor(() -> lookup(tr("print.noPrinter.save")).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        clickOn(tr("print.noPrinter.save"));

        Path saved = home.resolve("saved.pdf");
        waitFor(() -> Files.exists(saved) && Files.size(saved) > 0);
        assertThat(saveChoices).singleElement().satisfies(c -> assertThat(c.choice().initialFileName())
                .hasValueSatisfying(name -> assertThat(name).endsWith(".pdf").contains(chosen.absence().id())));
        byte[] pdf = Files.readAllBytes(saved);
        PdfFiles.assertA4WithEmbeddedFonts(pdf);
        assertThat(PdfFiles.text(pdf)).contains(PrintActions.formName(cn.leavedesk.service.PrintService.Form.FILING),
                chosen.person().name(), chosen.absence().id());
        // still on the absence's page
        assertThat(pageShows(chosen.absence().id())).isTrue();
    }
}
