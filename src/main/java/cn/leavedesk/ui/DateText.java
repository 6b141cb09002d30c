package cn.leavedesk.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as clerks type them in forms: 2027-01-10, 2027.1.10 or 2027/1/10. */
public final class DateText {
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    private DateText() {
    }

    /** Empty for blank text. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The day, or empty when the text is blank or not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when the text is filled in but is no date. */
    public static boolean isInvalid(String text) {
        return !isBlank(text) && parse(text).isEmpty();
    }
}
