package cn.leavedesk.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to export. Cells may be {@link String}, {@link Number}, {@link java.time.LocalDate}, {@link Boolean},
 * an enum, an {@link java.util.Optional} of any of these, or null for an empty cell; anything else is written
 * as its {@code toString()}.
 */
public record ExportTable(List<String> headers, List<List<Object>> rows) {
    public ExportTable {
        headers = List.copyOf(headers);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Objects.requireNonNull(row, "row");
            // cells may legitimately be null (empty), which List.copyOf would refuse
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
