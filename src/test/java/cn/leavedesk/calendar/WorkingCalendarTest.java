package cn.leavedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official calendar against the State Council's notices for 2024, 2025 and 2026, written out here
 * independently of the library so that a wrong library year fails the build.
 */
class WorkingCalendarTest {
    private static final WorkingCalendar CALENDAR = CalendarLoader.standard();

    @ParameterizedTest(name = "{0} is a make-up workday")
    @ValueSource(strings = {
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    void makeUpWeekendDaysAreWorkingDays(String day) {
        LocalDate date = LocalDate.parse(day);
        assertThat(date.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(CALENDAR.isWorkingDay(date)).isTrue();
        assertThat(CALENDAR.isMakeUpWorkday(date)).isTrue();
    }

    @ParameterizedTest(name = "{0}: holiday {1} to {2}")
    @CsvSource({
        "元旦 2024, 2024-01-01, 2024-01-01",
        "春节 2024, 2024-02-10, 2024-02-17",
        "清明 2024, 2024-04-04, 2024-04-06",
        "劳动节 2024, 2024-05-01, 2024-05-05",
        "端午 2024, 2024-06-08, 2024-06-10",
        "中秋 2024, 2024-09-15, 2024-09-17",
        "国庆 2024, 2024-10-01, 2024-10-07",
        "元旦 2025, 2025-01-01, 2025-01-01",
        "春节 2025, 2025-01-28, 2025-02-04",
        "清明 2025, 2025-04-04, 2025-04-06",
        "劳动节 2025, 2025-05-01, 2025-05-05",
        "端午 2025, 2025-05-31, 2025-06-02",
        "国庆中秋 2025, 2025-10-01, 2025-10-08",
        "元旦 2026, 2026-01-01, 2026-01-03",
        "春节 2026, 2026-02-15, 2026-02-23",
        "清明 2026, 2026-04-04, 2026-04-06",
        "劳动节 2026, 2026-05-01, 2026-05-05",
        "端午 2026, 2026-06-19, 2026-06-21",
        "中秋 2026, 2026-09-25, 2026-09-27",
        "国庆 2026, 2026-10-01, 2026-10-07"})
    void everyDayOfAHolidayBlockIsOffAndTheWeekdaysAroundItAreNot(String name, String from, String to) {
        LocalDate first = LocalDate.parse(from);
        LocalDate last = LocalDate.parse(to);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).as("%s %s", name, d).isFalse();
        }
        LocalDate before = first.minusDays(1);
        LocalDate after = last.plusDays(1);
        assertThat(CALENDAR.isWorkingDay(before)).as("day before %s", name)
                .isEqualTo(isWeekday(before) || CALENDAR.isMakeUpWorkday(before));
        assertThat(CALENDAR.isWorkingDay(after)).as("day after %s", name)
                .isEqualTo(isWeekday(after) || CALENDAR.isMakeUpWorkday(after));
    }

    @Test
    void spring2024EveIsAnOrdinaryWorkingFriday() {
        // 2024-02-09 (除夕) was not part of the official block; offices were only encouraged to give leave.
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-02-09"))).isTrue();
    }

    @ParameterizedTest(name = "{0} minus {1} working days = {2}")
    @CsvSource({
        "2026-06-05, 3, 2026-06-02",   // ordinary week: Friday → Tuesday
        "2026-06-08, 3, 2026-06-03",   // Monday → previous Wednesday, weekend skipped
        "2026-02-25, 3, 2026-02-13",   // after Spring Festival: the make-up Saturday 02-14 counts
        "2026-10-12, 3, 2026-10-08",   // the make-up Saturday 10-10 counts, the 10-01..07 block does not
        "2026-10-09, 3, 2026-09-29",   // across National Day: 10-08, then 09-30 and 09-29
        "2025-02-10, 3, 2025-02-06",   // 02-08 make-up Saturday, 02-07, 02-06
        "2024-05-06, 3, 2024-04-28",   // back across Labour Day: 04-30, 04-29, then the make-up Sunday 04-28
        "2026-01-05, 1, 2026-01-04"})  // the make-up Sunday right before
    void stepsBackOverHolidaysAndMakeUpDays(String depart, int days, String expected) {
        assertThat(CALENDAR.stepBack(LocalDate.parse(depart), days).day()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void zeroWorkingDaysIsTheDayItself() {
        assertThat(CALENDAR.stepBack(LocalDate.parse("2026-06-05"), 0).day()).isEqualTo(LocalDate.parse("2026-06-05"));
    }

    @Test
    void aYearWithoutScheduleIsEstimatedAndSaysSo() {
        assertThat(CALENDAR.hasSchedule(2027)).isFalse();
        WorkingDayCount count = CALENDAR.stepBack(LocalDate.parse("2027-01-05"), 3);
        assertThat(count.isEstimate()).isTrue();
        assertThat(count.yearsWithoutSchedule()).containsExactly(2027);
        // 《全国年节及纪念日放假办法》: 新年，放假1天（1月1日）— off in every year, notice or not
        assertThat(count.day()).isEqualTo(LocalDate.parse("2026-12-30"));
    }

    /** Issue 8's case: Monday 4 January 2027, three working days back, skips New Year's Day. */
    @Test
    void newYearsDayIsOffEvenInAYearWithoutNotice() {
        WorkingDayCount count = CALENDAR.stepBack(LocalDate.parse("2027-01-04"), 3);
        assertThat(count.day()).isEqualTo(LocalDate.parse("2026-12-29"));
        assertThat(count.isEstimate()).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    }

    /** 春节，放假4天（农历除夕、正月初一至初三）: in 2027 the eve is Friday 5 February, 初一–初三 the weekend and Monday. */
    @Test
    void theSpringFestivalOfAnUnknownYearIsOff() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-02-04"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-02-05"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
        // bridging days and make-up Saturdays are the notice's business: 9 February stays a working day
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-02-09"))).isTrue();
        assertThat(CALENDAR.stepBack(LocalDate.parse("2027-02-09"), 1).day()).isEqualTo(LocalDate.parse("2027-02-04"));
    }

    @Test
    void aYearWithAScheduleIsNotEstimated() {
        assertThat(CALENDAR.estimatedDaysOff(2026)).isEmpty();
        assertThat(CALENDAR.estimatedDaysOff(2027)).contains(LocalDate.parse("2027-10-01"));
        assertThat(CALENDAR.hasSchedule(2027)).as("the estimate is not a schedule").isFalse();
    }

    @Test
    void aCountInsideKnownYearsIsNoEstimate() {
        assertThat(CALENDAR.stepBack(LocalDate.parse("2026-06-05"), 3).isEstimate()).isFalse();
        assertThat(CALENDAR.yearsWithSchedule()).contains(2016, 2024, 2025, 2026);
    }

    @Test
    void anOfficeScheduleAddsAYearAndReplacesALibraryYearWhole() {
        HolidaySchedule y2027 = HolidaySchedule.of(2027,
                java.util.Set.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-02"), LocalDate.parse("2027-01-03")),
                java.util.Set.of(), "测试通知");
        HolidaySchedule corrected2026 = HolidaySchedule.of(2026, java.util.Set.of(LocalDate.parse("2026-06-05")),
                java.util.Set.of(), "更正");
        WorkingCalendar calendar = WorkingCalendar.of(List.of(
                LibrarySchedules.forYear(2026).orElseThrow(), y2027, corrected2026));
        assertThat(calendar.hasSchedule(2027)).isTrue();
        assertThat(calendar.stepBack(LocalDate.parse("2027-01-05"), 3).day()).isEqualTo(LocalDate.parse("2026-12-30"));
        assertThat(calendar.stepBack(LocalDate.parse("2027-01-05"), 3).isEstimate()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-05"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("the corrected year replaces the whole library year").isFalse();
        assertThat(calendar.schedule(2026).orElseThrow().source()).isEqualTo("更正");
    }

    @Test
    void aNewYearBlockReachingIntoDecemberIsHonoured() {
        HolidaySchedule y2030 = HolidaySchedule.of(2030, java.util.Set.of(LocalDate.parse("2029-12-31"),
                LocalDate.parse("2030-01-01")), java.util.Set.of(LocalDate.parse("2029-12-29")), "测试");
        WorkingCalendar calendar = WorkingCalendar.of(List.of(y2030));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2029-12-31"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2029-12-29"))).isTrue();
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
