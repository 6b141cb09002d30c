package cn.leavedesk.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year's official holiday arrangement (the State Council's 放假安排 notice).
 *
 * @param daysOff every day of the official holiday blocks, weekends inside them included
 * @param makeUpWorkdays weekend days that are working days (调休上班)
 * @param source where the schedule came from: the library, or the notice an office loaded it from
 */
public record HolidaySchedule(int year, SortedSet<LocalDate> daysOff, SortedSet<LocalDate> makeUpWorkdays,
                              String source) {
    public HolidaySchedule {
        daysOff = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
        makeUpWorkdays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkdays));
        Objects.requireNonNull(source, "source");
        for (LocalDate day : daysOff) {
            if (makeUpWorkdays.contains(day)) {
                throw new IllegalArgumentException(day + " is listed both as a day off and as a make-up workday");
            }
        }
    }

    public static HolidaySchedule of(int year, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkdays, String source) {
        return new HolidaySchedule(year, new TreeSet<>(daysOff), new TreeSet<>(makeUpWorkdays), source);
    }
}
