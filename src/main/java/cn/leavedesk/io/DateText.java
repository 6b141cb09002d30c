package cn.leavedesk.io;

import cn.leavedesk.domain.DayText;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A date cell of an imported table: Excel's own date (a serial number), or text read by the product's one day
 * reader, {@link DayText} (2026-06-01, 2026/6/1, 2026.6.1, 2026年6月1日), within the same years.
 */
final class DateText {
    /** Day zero of Excel's 1900 date system, shifted for its fictitious 1900-02-29. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /**
     * The dates an office's records can plausibly carry. Anything outside is a typing slip (0206 for 2026) or a
     * hostile file, and a year-9999 return would make the store write a summary row for every month in between.
     */
    static final LocalDate EARLIEST = DayText.EARLIEST;
    static final LocalDate LATEST = DayText.LATEST;

    private DateText() {
    }

    /** @throws ProblemException when the cell holds no real date */
    static LocalDate parse(Cell cell) {
        if (cell.number().isPresent()) {
            return fromSerial(cell.number().get(), cell.text());
        }
        String text = cell.text();
        DayText.Reading reading = DayText.read(text);
        if (reading.day().isPresent()) {
            return reading.day().get();
        }
        throw switch (reading.problem().orElse(DayText.Problem.UNREADABLE)) {
            case UNREADABLE -> new ProblemException(RowProblem.DATE_UNREADABLE, text);
            case NO_SUCH_DAY -> new ProblemException(RowProblem.DATE_NONEXISTENT, text);
            case OUT_OF_RANGE -> new ProblemException(RowProblem.DATE_OUT_OF_RANGE, text, EARLIEST, LATEST);
        };
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
