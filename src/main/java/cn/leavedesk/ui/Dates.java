package cn.leavedesk.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Days as the client shows them: {@code 2026-03-09 周一} (ISO date and the short weekday, whatever the OS locale). */
public final class Dates {
    private Dates() {
    }

    public static String withWeekday(LocalDate day) {
        Locale locale = I18n.current().locale();
        // The Chinese bundle is the base bundle (locale ROOT); its weekdays must still be Chinese.
        Locale names = locale.getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : locale;
        return day + " " + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, names);
    }
}
