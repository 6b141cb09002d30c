package cn.leavedesk.service;

import java.util.List;
import java.util.Objects;

/**
 * One page of the filtered register, as a scrolling table asks for it.
 *
 * @param offset where the page starts in the filtered, sorted register
 * @param more   whether rows follow this page
 */
public record RegisterSlice(List<RegisterRow> rows, int offset, boolean more) {
    public RegisterSlice {
        rows = List.copyOf(rows);
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        Objects.requireNonNull(rows, "rows");
    }
}
