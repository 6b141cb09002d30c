package cn.leavedesk.ui.away;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.service.AwayService;
import cn.leavedesk.service.AwayTimeline;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwayViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private static final Person MAYOR = Person.of("m", "王建国", Role.MAYOR);
    private static final Person EXECUTIVE = Person.of("ev", "李明远", Role.EXECUTIVE_VICE_MAYOR);

    private final List<String> asked = new ArrayList<>();
    private List<AwayTimeline.Unpresided> unpresided = List.of();
    private List<Integer> unknownYears = List.of();

    private AwayTimeline timeline(LocalDate from, LocalDate to) {
        asked.add(from + ".." + to);
        List<AwayTimeline.Day> days = from.datesUntil(to.plusDays(1))
                .map(d -> new AwayTimeline.Day(d, AwayTimeline.DayType.WORKDAY)).toList();
        List<AwayTimeline.Row> rows = List.of(new AwayTimeline.Row(MAYOR, List.of(trip("a1", from, from))));
        return new AwayTimeline(from, to, days, rows, unpresided, unknownYears);
    }

    private static Absence trip(String id, LocalDate depart, LocalDate back) {
        return Absence.builder(id, "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, depart, back)
                .destination("北京").reason("招商推介").build();
    }

    private AwayViewModel viewModel() {
        return new AwayViewModel(this::timeline, new SyncTaskExecutor(), CLOCK);
    }

    @Test
    void opensOnTodayAndTheThirteenDaysAfter() {
        AwayViewModel vm = viewModel();

        assertThat(vm.fromProperty().get()).isEqualTo(TODAY);
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(asked).isEmpty();

        vm.refresh();

        assertThat(asked).containsExactly("2026-11-22..2026-12-05");
        assertThat(vm.summaryProperty().get()).isEqualTo(tr("away.summary", 1, 14));
        assertThat(vm.timelineProperty().get()).isPresent();
    }

    @Test
    void choosingAnotherDayReadsTheTimelineAgain() {
        AwayViewModel vm = viewModel();

        vm.toProperty().set(TODAY.plusDays(2));

        assertThat(asked).containsExactly("2026-11-22..2026-11-24");
        assertThat(vm.timelineProperty().get().orElseThrow().days()).hasSize(3);
    }

    @Test
    void aLastDayBeforeTheFirstSaysSoAndReadsNothing() {
        AwayViewModel vm = viewModel();

        vm.toProperty().set(TODAY.minusDays(1));

        assertThat(asked).isEmpty();
        assertThat(vm.problemProperty().get()).isEqualTo(tr("away.range.reversed"));

        vm.toProperty().set(TODAY);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aRangeLongerThanTheChartCanDrawIsRefused() {
        AwayViewModel vm = viewModel();

        vm.toProperty().set(TODAY.plusDays(AwayService.MAX_DAYS));

        assertThat(vm.problemProperty().get()).isEqualTo(tr("away.range.tooLong", AwayService.MAX_DAYS));
        assertThat(asked).isEmpty();
    }

    @Test
    void aClearedDayIsAProblemNotACrash() {
        AwayViewModel vm = viewModel();

        vm.fromProperty().set(null);

        assertThat(vm.problemProperty().get()).isEqualTo(tr("away.range.missing"));
    }

    @Test
    void daysWithNobodyPresidingBecomeWarnings() {
        unpresided = List.of(new AwayTimeline.Unpresided(LocalDate.of(2026, 11, 26), MAYOR, EXECUTIVE));
        AwayViewModel vm = viewModel();

        vm.refresh();

        assertThat(vm.warnings()).containsExactly(
                "11月26日 周四：市长王建国和常务副市长李明远均不在岗，无人主持市政府工作");
    }

    @Test
    void aYearWithoutOfficialHolidaysIsNamed() {
        unknownYears = List.of(2027);
        AwayViewModel vm = viewModel();

        vm.refresh();

        assertThat(vm.calendarNoticeProperty().get()).isEqualTo(tr("away.unknownYears", "2027"));
    }

    @Test
    void aBarsTooltipSaysKindDaysDestinationAndReason() {
        String text = AwayViewModel.describe(trip("a1", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27)));

        assertThat(text).isEqualTo("出差：11月25日 周三 至 11月27日 周五（3 天）\n目的地：北京\n事由：招商推介");
        assertThat(AwayViewModel.barText(trip("a1", TODAY, TODAY))).isEqualTo("北京");
    }

    @Test
    void overlappingAbsencesOfOnePersonGoOnSeparateLanes() {
        Absence first = trip("a1", TODAY, TODAY.plusDays(3));
        Absence overlapping = trip("a2", TODAY.plusDays(2), TODAY.plusDays(4));
        Absence later = trip("a3", TODAY.plusDays(5), TODAY.plusDays(6));

        assertThat(AwayView.lanes(List.of(first, overlapping, later)))
                .containsExactly(List.of(first, later), List.of(overlapping));
    }
}
