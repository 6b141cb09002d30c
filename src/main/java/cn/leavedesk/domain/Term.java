package cn.leavedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A term of office (任期), both ends inclusive. */
public record Term(LocalDate start, LocalDate end) {
    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("term ends before it starts");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
