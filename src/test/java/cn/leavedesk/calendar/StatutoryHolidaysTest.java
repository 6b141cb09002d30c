package cn.leavedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 《全国年节及纪念日放假办法》 (2024 amendment) 第二条: 新年1天（1月1日）；春节4天（农历除夕、正月初一至初三）；
 * 清明节1天（农历清明当日）；劳动节2天（5月1日、2日）；端午节1天（农历端午当日）；中秋节1天（农历中秋当日）；
 * 国庆节3天（10月1日至3日）.
 */
class StatutoryHolidaysTest {
    @Test
    void theThirteenStatutoryDaysOf2027() {
        assertThat(StatutoryHolidays.of(2027)).containsExactly(
                LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-02-05"), LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-07"),
                LocalDate.parse("2027-02-08"),
                LocalDate.parse("2027-04-05"),
                LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-02"),
                LocalDate.parse("2027-06-09"),
                LocalDate.parse("2027-09-15"),
                LocalDate.parse("2027-10-01"), LocalDate.parse("2027-10-02"), LocalDate.parse("2027-10-03"));
    }

    /** The amended rules took effect in 2025: every statutory day of 2025 and 2026 lies in the notice's blocks. */
    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void everyStatutoryDayIsOffInTheYearsTheAmendedRulesGoverned(int year) {
        SortedSet<LocalDate> official = LibrarySchedules.forYear(year).orElseThrow().daysOff();
        assertThat(official).containsAll(StatutoryHolidays.of(year));
    }

    /** Before 2025 the eve and 2 May were not statutory; the other days were, so they are in each notice too. */
    @Test
    void theDaysTheOlderRulesAlsoFixedAreOffInEveryKnownYear() {
        IntStream.rangeClosed(2016, 2024).forEach(year -> {
            SortedSet<LocalDate> official = LibrarySchedules.forYear(year).orElseThrow().daysOff();
            SortedSet<LocalDate> statutory = new java.util.TreeSet<>(StatutoryHolidays.of(year));
            statutory.remove(LocalDate.of(year, 5, 2));
            var newYear = com.tyme.lunar.LunarDay.fromYmd(year, 1, 1).getSolarDay();
            statutory.remove(LocalDate.of(newYear.getYear(), newYear.getMonth(), newYear.getDay()).minusDays(1));
            assertThat(official).as("year %d", year).containsAll(statutory);
        });
    }
}
