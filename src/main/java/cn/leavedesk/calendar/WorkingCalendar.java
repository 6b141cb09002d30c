package cn.leavedesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's working-day calendar: Monday to Friday, minus official holidays, plus make-up workdays, for every
 * year that has a schedule. Immutable; build one with {@link CalendarLoader}.
 */
public final class WorkingCalendar {
    private final Map<Integer, HolidaySchedule> schedules;
    /** Statutory days of years without a schedule, computed once per year asked about. */
    private final Map<Integer, SortedSet<LocalDate>> estimates = new java.util.concurrent.ConcurrentHashMap<>();

    private WorkingCalendar(Map<Integer, HolidaySchedule> schedules) {
        this.schedules = schedules;
    }

    /** Later schedules for the same year replace earlier ones: pass library years first, office files last. */
    public static WorkingCalendar of(Collection<HolidaySchedule> schedules) {
        Map<Integer, HolidaySchedule> byYear = new TreeMap<>();
        for (HolidaySchedule schedule : schedules) {
            byYear.put(schedule.year(), schedule);
        }
        return new WorkingCalendar(java.util.Collections.unmodifiableMap(byYear));
    }

    public boolean hasSchedule(int year) {
        return schedules.containsKey(year);
    }

    public Optional<HolidaySchedule> schedule(int year) {
        return Optional.ofNullable(schedules.get(year));
    }

    public SortedSet<Integer> yearsWithSchedule() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(schedules.keySet()));
    }

    /**
     * For a year without a schedule this is an estimate: Monday to Friday minus the statutory days every year has
     * ({@link StatutoryHolidays}); bridging days and make-up workdays wait for the notice. Ask {@link #hasSchedule}.
     */
    public boolean isWorkingDay(LocalDate day) {
        if (isMakeUpWorkday(day)) {
            return true;
        }
        if (isHoliday(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** A notice may reach into the previous December (a New Year block starting on 30 December). */
    public boolean isMakeUpWorkday(LocalDate day) {
        return listed(day, HolidaySchedule::makeUpWorkdays);
    }

    public boolean isHoliday(LocalDate day) {
        if (listed(day, HolidaySchedule::daysOff)) {
            return true;
        }
        return !hasSchedule(day.getYear()) && estimatedDaysOff(day.getYear()).contains(day);
    }

    /** The statutory days off of a year that has no official schedule; empty for a year that has one. */
    public SortedSet<LocalDate> estimatedDaysOff(int year) {
        if (hasSchedule(year)) {
            return java.util.Collections.emptySortedSet();
        }
        return estimates.computeIfAbsent(year, StatutoryHolidays::of);
    }

    private boolean listed(LocalDate day, java.util.function.Function<HolidaySchedule, SortedSet<LocalDate>> days) {
        HolidaySchedule own = schedules.get(day.getYear());
        if (own != null && days.apply(own).contains(day)) {
            return true;
        }
        HolidaySchedule next = schedules.get(day.getYear() + 1);
        return next != null && days.apply(next).contains(day);
    }

    /**
     * The working day that lies {@code workingDays} working days before {@code day}, the day itself not
     * counted: a Friday departure with 3 days' notice gives the Tuesday before, holidays and make-up days
     * taken into account. Zero gives {@code day} itself.
     */
    public WorkingDayCount stepBack(LocalDate day, int workingDays) {
        return step(day, workingDays, -1);
    }

    /** The working day {@code workingDays} working days after {@code day}, the day itself not counted. */
    public WorkingDayCount stepForward(LocalDate day, int workingDays) {
        return step(day, workingDays, 1);
    }

    private WorkingDayCount step(LocalDate day, int workingDays, int direction) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        SortedSet<Integer> unknown = new TreeSet<>();
        LocalDate current = day;
        int remaining = workingDays;
        while (remaining > 0) {
            current = current.plusDays(direction);
            if (!hasSchedule(current.getYear())) {
                unknown.add(current.getYear());
            }
            if (isWorkingDay(current)) {
                remaining--;
            }
        }
        return new WorkingDayCount(current, unknown);
    }
}
