package cn.leavedesk.io;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One spreadsheet cell as read. {@code text} is what the user sees (trimmed); {@code number} is present for a
 * numeric xlsx cell, which is how Excel stores a date — so a date column can tell a real date cell from text.
 */
record Cell(String text, Optional<BigDecimal> number) {
    static final Cell BLANK = new Cell("", Optional.empty());

    Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        text = text.strip();
    }

    static Cell text(String text) {
        return new Cell(text, Optional.empty());
    }

    static Cell number(BigDecimal value) {
        return new Cell(value.stripTrailingZeros().toPlainString(), Optional.of(value));
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
