package cn.leavedesk.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The result of counting working days. When the count crossed a year with no official schedule, that year
 * was counted Monday to Friday and is listed in {@code yearsWithoutSchedule}: the day is then an estimate.
 */
public record WorkingDayCount(LocalDate day, SortedSet<Integer> yearsWithoutSchedule) {
    public WorkingDayCount {
        yearsWithoutSchedule = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutSchedule));
    }

    public boolean isEstimate() {
        return !yearsWithoutSchedule.isEmpty();
    }
}
