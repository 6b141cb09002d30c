package cn.leavedesk.calendar;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days off that 《全国年节及纪念日放假办法》 (as amended in 2024, in force from 2025) fixes for every
 * year, known before the State Council's yearly notice: New Year's Day; the Spring Festival's eve and its
 * first three days; Qingming (the solar-term day); 1 and 2 May; the Dragon Boat Festival (fifth day of the
 * fifth lunar month); the Mid-Autumn Festival (fifteenth day of the eighth); 1 to 3 October. Lunar and
 * solar-term days come from tyme4j. The notice adds bridging days and make-up workdays (调休) that cannot
 * be foreseen, so a year counted with these days only is still an estimate.
 */
public final class StatutoryHolidays {
    /** Index of 清明 in tyme4j's solar-term cycle, which starts at the winter solstice (冬至 = 0). */
    private static final int QINGMING = 7;

    private StatutoryHolidays() {
    }

    public static SortedSet<LocalDate> of(int year) {
        SortedSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        LocalDate springFestival = date(LunarDay.fromYmd(year, 1, 1).getSolarDay());
        days.add(springFestival.minusDays(1));
        for (int i = 0; i < 3; i++) {
            days.add(springFestival.plusDays(i));
        }
        days.add(date(SolarTerm.fromIndex(year, QINGMING).getJulianDay().getSolarDay()));
        days.add(LocalDate.of(year, 5, 1));
        days.add(LocalDate.of(year, 5, 2));
        days.add(date(LunarDay.fromYmd(year, 5, 5).getSolarDay()));
        days.add(date(LunarDay.fromYmd(year, 8, 15).getSolarDay()));
        for (int day = 1; day <= 3; day++) {
            days.add(LocalDate.of(year, 10, day));
        }
        return Collections.unmodifiableSortedSet(days);
    }

    private static LocalDate date(SolarDay day) {
        return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
    }
}
