package cn.leavedesk.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates clerks type or Excel stores: 2026-06-01, 2026/6/1, 2026.6.1, 2026年6月1日, or a date cell. */
final class DateText {
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    /** Day zero of Excel's 1900 date system, shifted for its fictitious 1900-02-29. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /**
     * The dates an office's records can plausibly carry. Anything outside is a typing slip (0206 for 2026) or a
     * hostile file, and a year-9999 return would make the store write a summary row for every month in between.
     */
    static final LocalDate EARLIEST = LocalDate.of(1949, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private DateText() {
    }

    /** @throws ProblemException when the cell holds no real date */
    static LocalDate parse(Cell cell) {
        return plausible(cell.text(), parseAny(cell));
    }

    /** @throws ProblemException when the date lies outside {@link #EARLIEST} … {@link #LATEST} */
    static LocalDate plausible(String text, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new ProblemException(RowProblem.DATE_OUT_OF_RANGE, text, EARLIEST, LATEST);
        }
        return date;
    }

    private static LocalDate parseAny(Cell cell) {
        if (cell.number().isPresent()) {
            return fromSerial(cell.number().get(), cell.text());
        }
        String text = cell.text();
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return of(text, numeric.group(1), numeric.group(3), numeric.group(4));
        }
        Matcher chinese = CHINESE.matcher(text);
        if (chinese.matches()) {
            return of(text, chinese.group(1), chinese.group(2), chinese.group(3));
        }
        throw new ProblemException(RowProblem.DATE_UNREADABLE, text);
    }

    private static LocalDate of(String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new ProblemException(RowProblem.DATE_NONEXISTENT, text);
        }
    }

    private static LocalDate fromSerial(BigDecimal serial, String text) {
        if (serial.signum() <= 0) {
            throw new ProblemException(RowProblem.DATE_NOT_A_DATE, text);
        }
        long first = EARLIEST.toEpochDay() - EXCEL_EPOCH.toEpochDay();
        long last = LATEST.toEpochDay() - EXCEL_EPOCH.toEpochDay();
        // compared as a BigDecimal: a hostile 1E+300 must not wrap around in a long
        if (serial.compareTo(BigDecimal.valueOf(first)) < 0 || serial.compareTo(BigDecimal.valueOf(last + 1)) >= 0) {
            throw new ProblemException(RowProblem.DATE_OUT_OF_RANGE, text, EARLIEST, LATEST);
        }
        return EXCEL_EPOCH.plusDays(serial.longValue());
    }
}
