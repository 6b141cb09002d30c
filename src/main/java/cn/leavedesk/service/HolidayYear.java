package cn.leavedesk.service;

import java.util.Objects;

/**
 * One year with an official holiday schedule, as the 节假日安排 screen and {@code holidays list} show it.
 *
 * @param source the notice it was typed from, or the library's name
 */
public record HolidayYear(int year, Origin origin, String source, int daysOff, int makeUpWorkdays) {
    /** Where the year's schedule comes from; later ones replace earlier ones. */
    public enum Origin { LIBRARY, SHIPPED, OFFICE }

    public HolidayYear {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
    }
}
