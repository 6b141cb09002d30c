package cn.leavedesk.ui.holidays;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.service.HolidayService;
import cn.leavedesk.service.HolidayYear;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.holidays.HolidaysViewModel.BlockRow;
import cn.leavedesk.ui.holidays.HolidaysViewModel.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysViewModelTest {
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger calendarChanges = new AtomicInteger();

    private HolidaysViewModel viewModel(String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        HolidaysViewModel vm = new HolidaysViewModel(new HolidayService(dir.resolve("holidays")),
                new SyncTaskExecutor(), dialogs, clock, calendarChanges::incrementAndGet);
        vm.refresh();
        return vm;
    }

    private static void type2027(HolidaysViewModel vm) {
        vm.sourceProperty().set("国务院办公厅关于2027年部分节假日安排的通知");
        BlockRow newYear = vm.blocks().get(0);
        newYear.nameProperty().set("元旦");
        newYear.fromProperty().set("2027-01-01");
        newYear.toProperty().set("2027-01-03");
        BlockRow spring = vm.addBlock();
        spring.nameProperty().set("春节");
        spring.fromProperty().set("2027.2.5");
        spring.toProperty().set("2027.2.11");
        vm.makeUpProperty().set("2027-02-14");
    }

    @Test
    void onTheLastDayOfNovemberTheMissingNextYearIsWarnedAbout() {
        HolidaysViewModel vm = viewModel("2026-11-30");

        assertThat(vm.warningProperty().get()).isEqualTo(tr("holidays.missing", 2027));
        assertThat(vm.years()).extracting(HolidayYear::year).contains(2026).doesNotContain(2027);
        assertThat(vm.yearProperty().get()).isEqualTo("2027");
        assertThat(viewModel("2026-10-31").warningProperty().get()).isEmpty();
    }

    @Test
    void aTypedNoticeIsSavedAndTheWarningGoes() {
        HolidaysViewModel vm = viewModel("2026-11-30");
        type2027(vm);

        assertThat(vm.save()).isTrue();

        assertThat(vm.warningProperty().get()).isEmpty();
        assertThat(vm.years()).filteredOn(y -> y.year() == 2027).singleElement()
                .satisfies(y -> assertThat(y.origin()).isEqualTo(HolidayYear.Origin.OFFICE));
        assertThat(Files.exists(dir.resolve("holidays/2027.json"))).isTrue();
        assertThat(calendarChanges).hasValue(1);
        assertThat(dialogs.notifications).singleElement().asString().contains("2027");
    }

    @Test
    void aMakeUpDayOnAWeekdayIsNamedOnItsFieldAndNothingIsSaved() {
        HolidaysViewModel vm = viewModel("2026-11-30");
        type2027(vm);
        vm.makeUpProperty().set("2027-02-17");

        assertThat(vm.problem(Field.MAKE_UP).get()).isEqualTo(tr("holidays.problem.makeUpWeekday", "2027-02-17"));
        assertThat(vm.save()).isFalse();
        assertThat(Files.exists(dir.resolve("holidays/2027.json"))).isFalse();
    }

    @Test
    void untouchedFieldsStayQuietAndASaveShowsEveryProblem() {
        HolidaysViewModel vm = viewModel("2026-11-30");
        vm.blocks().get(0).fromProperty().set("2027-01-01");

        assertThat(vm.problem(Field.SOURCE).get()).isEmpty();
        assertThat(vm.problem(Field.HOLIDAYS).get()).isEqualTo(tr("holidays.problem.blockDates", 1));

        assertThat(vm.save()).isFalse();
        assertThat(vm.problem(Field.SOURCE).get()).isEqualTo(tr("holidays.problem.source"));
    }

    @Test
    void aBrokenFileIsRefusedNamingTheEntryAndAnAddedYearIsReplacedOnlyAfterAsking() throws Exception {
        HolidaysViewModel vm = viewModel("2026-11-30");
        type2027(vm);
        vm.save();
        Path broken = Files.writeString(dir.resolve("2027-bad.json"), """
                {"year": 2027, "source": "x", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-33"}]}
                """);
        vm.addFromFile(broken);
        assertThat(dialogs.errors).singleElement().asString().contains("2027-bad.json")
                .contains(tr("holidays.where.block", 1));

        Path fixed = Files.writeString(dir.resolve("2027-fixed.json"), """
                {"year": 2027, "source": "更正稿", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}]}
                """);
        dialogs.answeringConfirmationsWith(false);
        vm.addFromFile(fixed);
        assertThat(vm.years()).filteredOn(y -> y.year() == 2027).singleElement()
                .satisfies(y -> assertThat(y.source()).startsWith("国务院办公厅"));
        dialogs.answeringConfirmationsWith(true);
        vm.addFromFile(fixed);
        assertThat(vm.years()).filteredOn(y -> y.year() == 2027).singleElement()
                .satisfies(y -> assertThat(y.source()).isEqualTo("更正稿"));
    }

    @Test
    void aLibraryYearOpensInTheFormAsItsBlocksToCorrect() {
        HolidaysViewModel vm = viewModel("2026-11-30");

        vm.correct(vm.years().stream().filter(y -> y.year() == 2026).findFirst().orElseThrow());

        assertThat(vm.yearProperty().get()).isEqualTo("2026");
        assertThat(vm.blocks()).hasSizeGreaterThan(4);
        assertThat(vm.blocks().get(0).fromProperty().get()).startsWith("2026-01-01");
        assertThat(vm.sourceProperty().get()).isEmpty();
    }
}
