package cn.leavedesk.domain.importing;

import java.util.List;
import java.util.Objects;

/**
 * A required fact a file does not give, and for which rows: what an import preview asks the clerk for.
 *
 * @param file   the file name, as import errors give it
 * @param fact   what is missing
 * @param column the column as messages name it, e.g. {@code 范围（scope）}
 * @param extent whether the header lacks the column altogether or only some cells are blank
 * @param rows   the data rows that need it, as Excel numbers them
 */
public record MissingFact(String file, RequiredFact fact, String column, Extent extent, List<Integer> rows) {
    public enum Extent {
        /** The file has no such column: every data row needs the fact (supply it for the whole column). */
        WHOLE_COLUMN,
        /** The column is there but these rows leave it blank (supply it per row or for the column). */
        BLANK_CELLS
    }

    public MissingFact {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(extent, "extent");
        rows = List.copyOf(rows);
    }
}
