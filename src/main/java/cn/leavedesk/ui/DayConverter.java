package cn.leavedesk.ui;

import cn.leavedesk.domain.DayText;
import java.time.LocalDate;
import javafx.util.StringConverter;

/**
 * Every date picker's text: days shown as 2026-06-10 whatever the OS locale, and read the way {@link DayText} reads
 * them (2026/6/10, 2026.6.10, 2026年6月10日 too). Text that is no day gives no value; the screen says why.
 */
public final class DayConverter extends StringConverter<LocalDate> {
    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        return DayText.parse(text).orElse(null);
    }
}
