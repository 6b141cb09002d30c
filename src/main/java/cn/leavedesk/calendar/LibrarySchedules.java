package cn.leavedesk.calendar;

import com.tyme.holiday.LegalHoliday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The official schedules that ship inside the tyme4j library. */
public final class LibrarySchedules {
    /** Years outside this range are never asked of the library. */
    static final int FIRST_YEAR = 2001;
    static final int LAST_YEAR = 2100;

    private LibrarySchedules() {
    }

    /** The library's schedule for {@code year}, or empty when the library has none (a year not yet announced). */
    public static Optional<HolidaySchedule> forYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        Set<LocalDate> daysOff = new TreeSet<>();
        Set<LocalDate> workdays = new TreeSet<>();
        // Every official schedule makes 1 January a day off, so a year the library knows starts with an entry there;
        // from it, walk the library's own list of entries instead of asking day by day (ten times faster at start-up).
        LegalHoliday holiday = LegalHoliday.fromYmd(year, 1, 1);
        while (holiday != null && holiday.getDay().getYear() == year) {
            LocalDate day = LocalDate.of(year, holiday.getDay().getMonth(), holiday.getDay().getDay());
            (holiday.isWork() ? workdays : daysOff).add(day);
            holiday = holiday.next(1);
        }
        if (daysOff.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HolidaySchedule.of(year, daysOff, workdays, "tyme4j"));
    }

    /** Every year the library knows, oldest first. */
    public static List<HolidaySchedule> all() {
        List<HolidaySchedule> result = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            forYear(year).ifPresent(result::add);
        }
        return result;
    }
}
