package cn.leavedesk.service;

import java.util.List;

/**
 * The newest rows of the register for a filter, and how many rows the filter matches in all.
 *
 * @param total may exceed {@code rows.size()} when only the newest were asked for
 */
public record RegisterPage(List<RegisterRow> rows, long total) {
    public RegisterPage {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + rows.size() + " rows");
        }
    }

    /** True when every matching row is in {@link #rows()}. */
    public boolean isComplete() {
        return total == rows.size();
    }
}
