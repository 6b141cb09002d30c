package cn.leavedesk.ui.register;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterSort;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.ExportService;
import cn.leavedesk.service.RegisterRow;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.QueuedTaskExecutor;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.data.StoreRegister;
import cn.leavedesk.ui.data.StoreRegisterPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register screen's filters, paging, sort and export, on a real SQLite file holding the demo office. */
class RegisterViewModelTest {
    private static final int DEMO_ABSENCES = 82;

    @TempDir
    Path dir;
    private Database db;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> opened = new ArrayList<>();
    private RegisterViewModel register;
    private StoreRegister changes;

    @BeforeEach
    void openDemoOffice() {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
        SyncTaskExecutor tasks = new SyncTaskExecutor();
        RequestService requests = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), Clock.systemDefaultZone());
        changes = new StoreRegister(new RegisterService(db), tasks);
        register = new RegisterViewModel(new StoreRegisterPages(new RegisterService(db), requests,
                new ExportService(db)), changes, tasks, dialogs, opened::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> ids() {
        return register.rows().stream().map(r -> r.absence().id()).toList();
    }

    @Test
    void theWholeRegisterIsCountedAndTheNewestDepartureComesFirst() {
        assertThat(register.rows()).hasSize(DEMO_ABSENCES);
        assertThat(register.summary().get()).isEqualTo(tr("register.count", DEMO_ABSENCES));
        List<LocalDate> departures = register.rows().stream().map(r -> r.absence().depart()).toList();
        assertThat(departures).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(register.registerEmpty().get()).isFalse();
    }

    @Test
    void theFirstPageIsShownBeforeTheCountsAndTheFirstCountAfterStartUpReadsNothingAgain() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        RequestService requests = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), Clock.systemDefaultZone());
        StoreRegister changes = new StoreRegister(new RegisterService(db), queued);
        RegisterViewModel starting = new RegisterViewModel(new StoreRegisterPages(new RegisterService(db), requests,
                new ExportService(db)), changes, queued, dialogs, opened::add);
        List<String> usable = new ArrayList<>();
        starting.afterFirstPage(() -> usable.add("usable"));
        changes.refresh();
        assertThat(changes.storedCount().get()).isEqualTo(StoreRegister.NOT_COUNTED);

        queued.runNext();
        assertThat(starting.rows()).as("the page is the first thing read").hasSize(DEMO_ABSENCES);
        assertThat(usable).containsExactly("usable");
        assertThat(starting.summary().get()).isEqualTo(tr("register.counting"));
        assertThat(starting.registerEmpty().get()).isFalse();

        queued.runAll();
        assertThat(starting.summary().get()).isEqualTo(tr("register.count", DEMO_ABSENCES));
        assertThat(changes.storedCount().get()).isEqualTo(DEMO_ABSENCES);
        assertThat(usable).containsExactly("usable");
        // the page, the person list, the register's count and the screen's count; no second page read
        assertThat(queued.ran()).isEqualTo(4);

        starting.afterFirstPage(() -> usable.add("later"));
        assertThat(usable).as("once a page is shown it runs at once").containsExactly("usable", "later");
    }

    @Test
    void aChangeElsewhereAfterTheFirstCountReadsThePageAgain() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        RequestService requests = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), Clock.systemDefaultZone());
        StoreRegister changes = new StoreRegister(new RegisterService(db), queued);
        RegisterViewModel open = new RegisterViewModel(new StoreRegisterPages(new RegisterService(db), requests,
                new ExportService(db)), changes, queued, dialogs, opened::add);
        changes.refresh();
        queued.runAll();

        LocalDate day = LocalDate.of(2030, 1, 2);
        db.absences().insertBatch(List.of(cn.leavedesk.domain.Absence.builder("x001", "d9", Kind.LEAVE,
                Scope.WITHIN_CITY, day, day).filed(day).build()), Actor.of("测试"));
        changes.refresh();
        queued.runAll();

        assertThat(changes.storedCount().get()).isEqualTo(DEMO_ABSENCES + 1);
        assertThat(open.rows().get(0).absence().id()).isEqualTo("x001");
        assertThat(open.summary().get()).isEqualTo(tr("register.count", DEMO_ABSENCES + 1));
    }

    @Test
    void filtersCombineAndTheSummarySaysHowManyMatchOfAll() {
        register.kindProperty().set(Kind.BUSINESS_TRIP);
        register.scopeProperty().set(Scope.OUTSIDE_PROVINCE);
        assertThat(register.rows()).isNotEmpty().allMatch(r -> r.absence().kind() == Kind.BUSINESS_TRIP
                && r.absence().scope() == Scope.OUTSIDE_PROVINCE);
        int trips = register.rows().size();
        assertThat(register.summary().get()).isEqualTo(tr("register.countFiltered", trips, DEMO_ABSENCES));

        register.roleProperty().set(Role.DEPARTMENT_HEAD);
        assertThat(register.rows()).hasSizeLessThan(trips)
                .allMatch(r -> r.person().role() == Role.DEPARTMENT_HEAD);

        register.clearFilters();
        assertThat(register.rows()).hasSize(DEMO_ABSENCES);
    }

    @Test
    void searchFindsNamesIdsDestinationsAndReasons() {
        register.searchProperty().set("北京");
        assertThat(register.rows()).hasSize(4);
        register.searchProperty().set("a001");
        assertThat(ids()).containsExactly("a001");
        register.searchProperty().set("王建国");
        assertThat(register.rows()).isNotEmpty().allMatch(r -> r.person().displayName().equals("王建国"));
    }

    @Test
    void aDateRangeKeepsTheAbsencesAwayOnOneOfItsDays() {
        register.fromProperty().set(LocalDate.of(2026, 6, 1));
        register.toProperty().set(LocalDate.of(2026, 6, 30));
        assertThat(register.rows()).isNotEmpty().allMatch(r -> r.absence().overlaps(LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30)));
    }

    @Test
    void openStepsAndVerdictAreColumnsAndFilters() {
        register.openStepsOnlyProperty().set(true);
        assertThat(register.rows()).isNotEmpty().allMatch(r -> r.openSteps() > 0);
        register.openStepsOnlyProperty().set(false);

        register.verdictProperty().set(Verdict.VIOLATION);
        assertThat(register.rows()).allMatch(r -> r.verdict().equals(java.util.Optional.of(Verdict.VIOLATION)));
    }

    @Test
    void cancelledStaysListedAndSupersededVersionsShowOnlyWhenAskedFor() {
        db.absences().cancel("a001", "会议取消", Actor.of("测试"));
        register.reload();
        assertThat(register.rows()).anyMatch(r -> r.absence().id().equals("a001")
                && r.state() == AbsenceState.CANCELLED);

        register.statusProperty().set(RegisterViewModel.StatusChoice.CANCELLED);
        assertThat(ids()).contains("a001");
        assertThat(register.rows()).allMatch(r -> r.state() == AbsenceState.CANCELLED);
        register.statusProperty().set(RegisterViewModel.StatusChoice.SUPERSEDED);
        assertThat(register.rows()).isEmpty();
        assertThat(register.summary().get()).isEqualTo(tr("register.countFiltered", 0, DEMO_ABSENCES));
    }

    /** The absence page refreshes the register after a change; a cancellation keeps the count, the row changes. */
    @Test
    void aChangeThatKeepsTheCountStillShowsAfterTheRefresh() {
        changes.refresh();
        db.absences().cancel("a001", "会议取消", Actor.of("测试"));

        changes.refresh();

        assertThat(register.rows()).anyMatch(r -> r.absence().id().equals("a001")
                && r.state() == AbsenceState.CANCELLED);
    }

    @Test
    void sortingByAColumnAsksTheDatabaseForThatOrder() {
        register.sortBy(RegisterSort.by(RegisterSort.Column.ID, RegisterSort.Direction.ASCENDING));
        assertThat(ids()).isSorted().first().isEqualTo("a001");
        register.sortBy(RegisterSort.by(RegisterSort.Column.ID, RegisterSort.Direction.DESCENDING));
        assertThat(ids()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aLargeRegisterIsReadAPageAtATimeAsTheTableScrolls() {
        List<cn.leavedesk.domain.Absence> more = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i * 3L);
            more.add(cn.leavedesk.domain.Absence.builder(String.format("x%03d", i), "d9", Kind.LEAVE,
                    Scope.WITHIN_CITY, day, day).filed(day).build());
        }
        db.absences().insertBatch(more, Actor.of("测试"));
        register.reload();

        assertThat(register.rows()).hasSize(RegisterViewModel.PAGE);
        assertThat(register.summary().get()).isEqualTo(tr("register.countLoaded",
                tr("register.count", DEMO_ABSENCES + 150), RegisterViewModel.PAGE));
        register.loadMore();
        assertThat(register.rows()).hasSize(2 * RegisterViewModel.PAGE);
        register.loadMore();
        assertThat(register.rows()).hasSize(DEMO_ABSENCES + 150);
        register.loadMore();
        assertThat(register.rows()).hasSize(DEMO_ABSENCES + 150);
        assertThat(ids()).doesNotHaveDuplicates();
        assertThat(register.summary().get()).isEqualTo(tr("register.count", DEMO_ABSENCES + 150));
    }

    @Test
    void exportWritesExactlyTheFilteredRowsWithPeoplesNames() throws Exception {
        Path file = dir.resolve("出差");
        dialogs.savingTo(file);
        register.searchProperty().set("北京");

        register.export();

        Path workbook = dir.resolve("出差.xlsx");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notifications).containsExactly(tr("register.export.done", 4, workbook.toString()));
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("编号");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("姓名");
            List<String> exported = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                exported.add(rows.get(r).getCellText(0));
                assertThat(rows.get(r).getCellText(2)).isNotBlank();
            }
            assertThat(exported).containsExactlyElementsOf(ids());
        }
    }

    @Test
    void aRowOpensItsAbsence() {
        RegisterRow first = register.rows().get(0);
        register.open(first);
        assertThat(opened).containsExactly(first.absence().id());
    }
}
