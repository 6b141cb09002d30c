package cn.leavedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tyme.holiday.LegalHoliday;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LibrarySchedulesTest {
    @Test
    void walkingTheLibrarysEntriesFindsExactlyWhatAskingEveryDayFinds() {
        for (int year = 2001; year <= 2030; year++) {
            Set<LocalDate> off = new TreeSet<>();
            Set<LocalDate> work = new TreeSet<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                if (h != null) {
                    (h.isWork() ? work : off).add(d);
                }
            }
            var schedule = LibrarySchedules.forYear(year);
            assertThat(schedule.isPresent()).as("year %d", year).isEqualTo(!off.isEmpty());
            int y = year;
            schedule.ifPresent(s -> {
                assertThat(s.daysOff()).as("days off %d", y).containsExactlyElementsOf(off);
                assertThat(s.makeUpWorkdays()).as("make-up days %d", y).containsExactlyElementsOf(work);
            });
        }
    }
}
