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
    private static final long LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31

    private DateText() {
    }

    /** @throws ProblemException when the cell holds no real date */
    static LocalDate parse(Cell cell) {
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
        long days = serial.longValue();
        if (days < 1 || days > LAST_EXCEL_SERIAL) {
            throw new ProblemException(RowProblem.DATE_NOT_A_DATE, text);
        }
        return EXCEL_EPOCH.plusDays(days);
    }
}
