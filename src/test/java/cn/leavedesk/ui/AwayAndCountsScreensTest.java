package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.ui.counts.CountsRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import cn.leavedesk.domain.Kind;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 谁不在岗 and 年度统计 screens of the real client, headless, on a database holding the demo office. */
class AwayAndCountsScreensTest extends FxRobot {
    private static final int DEMO_PEOPLE = 24;

    @TempDir
    Path home;
    private RunningClient client;

    @BeforeEach
    void startOnTheDemoOffice() throws TimeoutException {
        client = RunningClient.startOnDemoOffice(home);
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
    }

    @Test
    void whoIsAwayDrawsABarPerAbsenceAndWarnsOfTheDayNobodyPresides() throws TimeoutException {
        clickOn("#nav-who-is-away");
        // Fixed days, so that the test does not depend on today's date.
        interact(() -> {
            lookup("#away-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 22));
            lookup("#away-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 5));
        });
        Label summary = lookup("#away-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().equals(tr("away.summary", 4, 14)));
        WaitForAsyncUtils.waitForFxEvents();

        Node timeline = lookup("#away-timeline").query();
        assertThat(from(timeline).lookup(".ld-timeline-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("王建国", "李明远", "孙卫东", "刘洋");
        assertThat(from(timeline).lookup(".ld-bar").queryAll()).hasSize(4);
        // the cancelled leave of 孙红梅 (a082) is not drawn
        assertThat(from(timeline).lookup("孙红梅").tryQuery()).isEmpty();
        assertThat(from(timeline).lookup(".ld-day-head-unpresided").queryAll()).hasSize(1);
        assertThat(lookup("#away-warnings").query().isVisible()).isTrue();
        assertThat(from(lookup("#away-warning-lines").<Node>query()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly("11月26日 周四：市长王建国和常务副市长李明远均不在岗，无人主持市政府工作");
        Region bar = from(timeline).lookup(".ld-bar").queryAs(Region.class);
        assertThat(bar.getWidth()).isPositive();

        // who presides while the mayor is away, and the day nobody does, above the people
        assertThat(lookup("#away-presiding-title").tryQuery()).isPresent();
        assertThat(from(timeline).lookup(".ld-presiding").queryAllAs(Label.class)).extracting(Label::getText)
                .isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("李明远"));
        assertThat(from(timeline).lookup(".ld-presiding-nobody").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(tr("away.presiding.away"));
        assertThat(from(timeline).lookup(".ld-month-head").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("2026年11月", "2026年12月");

        clickOn("#away-span-month");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#away-to").queryAs(DatePicker.class).getValue()
                .equals(LocalDate.of(2026, 11, 30)));
        assertThat(lookup("#away-from").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
        clickOn("#away-span-week");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#away-from").queryAs(DatePicker.class).getValue()
                .equals(LocalDate.of(2026, 10, 26)));
    }

    @Test
    void theLeadersReviewShowsRemainingQuotaMarksUsedUpCellsChartsTheMonthsAndDrillsDown() throws TimeoutException {
        clickOn("#nav-annual-counts");
        interact(() -> lookup("#counts-year").queryAs(ComboBox.class).getSelectionModel().select(Integer.valueOf(2026)));
        TableView<CountsRow> table = lookup("#counts-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == DEMO_PEOPLE);
        WaitForAsyncUtils.waitForFxEvents();

        CountsRow mayor = table.getItems().get(0);
        assertThat(mayor.line().name()).isEqualTo("王建国");
        assertThat(mayor.line().daysAway()).isEqualTo(3);
        assertThat(from((Node) table).lookup("王建国").tryQuery()).isPresent();
        // Wuhan's quotas: one column per period, each saying what is left
        assertThat(table.getColumns()).extracting(TableColumn::getId).contains("counts-quota-group");
        assertThat(from((Node) table).lookup(tr("counts.quota.remaining", 1, 0, 1)).tryQuery()).isPresent();
        assertThat(from((Node) table).lookup(tr("counts.quota.asNeeded", 1)).tryQuery()).isPresent();
        assertThat(lookup("#counts-quota-notice").query().isVisible()).isFalse();

        // a used-up limit is marked, and opening it lists the trips behind it
        List<TableCell<?, ?>> marked = lookup(".ld-quota").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?>).<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.isVisible() && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .filter(c -> c.getPseudoClassStates().contains(PseudoClass.getPseudoClass("at-limit"))
                        || c.getPseudoClassStates().contains(PseudoClass.getPseudoClass("exceeded")))
                .toList();
        assertThat(marked).isNotEmpty();
        TableCell<?, ?> used = marked.get(0);
        CountsRow behind = (CountsRow) used.getTableRow().getItem();
        // select the cell, then 明细 (a double click does the same; its timing is not reliable on a loaded machine)
        clickOn(used);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#counts-drill");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#counts-drill-list").tryQuery().isPresent());
        ListView<?> trips = lookup("#counts-drill-list").queryListView();
        assertThat(trips.getItems()).isNotEmpty();
        assertThat(lookup(".dialog-pane .header-panel .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains(behind.line().name()));
        clickOn((Node) from((Node) trips).lookup(".list-cell").query());
        clickOn("#counts-drill-open");
        interact(() -> ((Stage) trips.getScene().getWindow()).close());
        // the trip opens on its absence page, over the review
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#absence-page").tryQuery().isPresent());
        assertThat(lookup("#absence-page").query().isVisible()).isTrue();
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#counts-chart").tryQuery().isPresent());

        // the chart is there, with a bar per kind and month, and follows the chosen row
        StackedBarChart<?, ?> chart = lookup("#counts-chart").queryAs(StackedBarChart.class);
        assertThat(chart.getData()).hasSize(Kind.values().length);
        assertThat(chart.getData().stream().mapToInt(series -> series.getData().size()).sum())
                .isEqualTo(12 * Kind.values().length);
        assertThat(chart.getTitle()).contains(behind.line().name());
        interact(() -> table.getSelectionModel().clearSelection());
        assertThat(chart.getTitle()).contains(tr("counts.filter.all"));
        interact(() -> table.getSelectionModel().select(0));
        assertThat(chart.getTitle()).contains("王建国");

        clickOn("#counts-filter").clickOn(tr("counts.filter.departments"));
        assertThat(table.getItems()).hasSize(13).allSatisfy(r -> assertThat(r.group())
                .isEqualTo(CountsRow.RoleGroup.DEPARTMENTS_AND_DISTRICTS));
        assertThat(lookup("#counts-summary").queryAs(Label.class).getText()).isEqualTo(tr("counts.summary", 13, 2026));
    }
}
