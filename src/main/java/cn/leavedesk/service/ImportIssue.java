package cn.leavedesk.service;

import cn.leavedesk.io.RowError;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason an import would be refused, as a screen lists it: where it is and what is wrong, already worded in the
 * clerk's language, so that the client shows the reader's problems without reaching into the reader.
 *
 * @param file   the file name as the clerk knows it
 * @param row    the row as Excel numbers it, the header being row 1; {@link #WHOLE_FILE} for the file itself
 * @param column the column header as the file spells it; empty when the problem concerns no single column
 * @param reason what is wrong
 */
public record ImportIssue(String file, int row, String column, String reason) {
    public static final int WHOLE_FILE = RowError.WHOLE_FILE;

    public ImportIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    static ImportIssue of(RowError error, Locale locale) {
        return new ImportIssue(error.file(), error.row(), error.column(), error.reason(locale));
    }

    /** Whether the problem is with the file as a whole rather than one of its rows. */
    public boolean isWholeFile() {
        return row == WHOLE_FILE;
    }
}
