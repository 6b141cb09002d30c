package cn.leavedesk.domain.importing;

import java.util.Objects;

/**
 * A record read from one row of a file, for a preview that shows where each came from.
 *
 * @param file   the file name, as import errors give it
 * @param row    the row as Excel numbers it (0 for a scenario file, whose records have no rows)
 * @param value  the person or absence
 * @param id     whether the id was in the file or made from the row's content (the file had no id column)
 */
public record ParsedRow<T>(String file, int row, T value, IdSource id) {
    public enum IdSource {
        FILE,
        /** Made from the person, dates and row content: the same row imported again gets the same id. */
        GENERATED
    }

    public ParsedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
    }
}
