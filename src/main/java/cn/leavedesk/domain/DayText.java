package cn.leavedesk.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a day typed by a clerk or found in an office's table: 2026-06-01, 2026/6/1, 2026.6.1 or
 * 2026年6月1日 (a time after it is ignored), within the years a register can hold.
 */
public final class DayText {
    /** The earliest and latest day any record may carry; outside them a typed year is a slip of the keyboard. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    /** 2026年6月1日: the three marks are data ({@code day-words.properties}), the digits around them are not. */
    private static final Pattern CHINESE = chinesePattern();

    /** Why a text is not a day. */
    public enum Problem {
        /** Not written as a date at all. */
        UNREADABLE,
        /** Written as a date that the calendar does not have (2026-02-30). */
        NO_SUCH_DAY,
        /** A real day outside {@link #EARLIEST}…{@link #LATEST}. */
        OUT_OF_RANGE
    }

    /** The day read, or why there is none; blank text is neither (the caller decides whether it is required). */
    public record Reading(Optional<LocalDate> day, Optional<Problem> problem) {
        static Reading of(LocalDate day) {
            return new Reading(Optional.of(day), Optional.empty());
        }

        static Reading failed(Problem problem) {
            return new Reading(Optional.empty(), Optional.of(problem));
        }

        public boolean isBlank() {
            return day.isEmpty() && problem.isEmpty();
        }
    }

    private DayText() {
    }

    public static Reading read(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            return new Reading(Optional.empty(), Optional.empty());
        }
        Matcher numeric = NUMERIC.matcher(cleaned);
        if (numeric.matches()) {
            return day(numeric.group(1), numeric.group(3), numeric.group(4));
        }
        Matcher chinese = CHINESE.matcher(cleaned);
        if (chinese.matches()) {
            return day(chinese.group(1), chinese.group(2), chinese.group(3));
        }
        return Reading.failed(Problem.UNREADABLE);
    }

    /** The day, if the text is one. */
    public static Optional<LocalDate> parse(String text) {
        return read(text).day();
    }

    /** Whether a day lies within the years a record may carry. */
    public static boolean inRange(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    private static Pattern chinesePattern() {
        Words marks = Words.of(DayText.class, "day-words.properties");
        String number = "\\s*(\\d{1,2})\\s*";
        return Pattern.compile("(\\d{4})\\s*" + Pattern.quote(marks.one("year")) + number
                + Pattern.quote(marks.one("month")) + number + Pattern.quote(marks.one("day")));
    }

    private static Reading day(String year, String month, String dayOfMonth) {
        LocalDate day;
        try {
            day = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth));
        } catch (DateTimeException e) {
            return Reading.failed(Problem.NO_SUCH_DAY);
        }
        return inRange(day) ? Reading.of(day) : Reading.failed(Problem.OUT_OF_RANGE);
    }
}
