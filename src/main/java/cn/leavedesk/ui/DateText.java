package cn.leavedesk.ui;

import cn.leavedesk.domain.DayText;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates as clerks type them in the roster's and the holiday screen's text fields, read by the product's one day
 * reader ({@link DayText}: 2027-01-10, 2027.1.10, 2027/1/10, 2027年1月10日); these are the fields' blank/invalid tests.
 */
public final class DateText {
    private DateText() {
    }

    /** Empty for blank text. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The day, or empty when the text is blank or not a day. */
    public static Optional<LocalDate> parse(String text) {
        return DayText.parse(text);
    }

    /** True when the text is filled in but is no day. */
    public static boolean isInvalid(String text) {
        return !isBlank(text) && parse(text).isEmpty();
    }
}
