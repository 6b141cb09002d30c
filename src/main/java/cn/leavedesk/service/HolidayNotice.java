package cn.leavedesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A year's holidays as typed from the State Council's notice (国务院办公厅关于…部分节假日安排的通知) into the form.
 *
 * @param source the notice's title or document number
 */
public record HolidayNotice(int year, String source, List<Block> holidays, List<LocalDate> makeUpWorkdays) {
    /** One holiday block as announced, weekends inside it included. */
    public record Block(String name, LocalDate from, LocalDate to) {
        public Block {
            name = Objects.requireNonNullElse(name, "").strip();
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public HolidayNotice {
        source = Objects.requireNonNullElse(source, "").strip();
        holidays = List.copyOf(holidays);
        makeUpWorkdays = List.copyOf(makeUpWorkdays);
    }
}
