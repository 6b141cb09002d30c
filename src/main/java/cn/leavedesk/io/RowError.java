package cn.leavedesk.io;

import java.util.Objects;

/**
 * One reason a row (or a whole file) cannot be imported.
 *
 * @param file   the file name as the user knows it
 * @param row    the row number as Excel shows it, the header being row 1; {@link #WHOLE_FILE} for an error
 *               about the file itself (empty, unreadable)
 * @param column the column header as the file spells it, or {@link #NO_COLUMN} when the error concerns no
 *               single column
 * @param reason what is wrong, in Chinese, for a clerk
 */
public record RowError(String file, int row, String column, String reason) {
    public static final int WHOLE_FILE = 0;
    public static final String NO_COLUMN = "";

    public RowError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    public static RowError ofFile(String file, String reason) {
        return new RowError(file, WHOLE_FILE, NO_COLUMN, reason);
    }

    /** One line for stderr or a dialog, e.g. {@code absences.csv 第3行 [返回日期]：返回日期早于出发日期}. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (row != WHOLE_FILE) {
            text.append(" 第").append(row).append("行");
        }
        if (!column.isEmpty()) {
            text.append(" [").append(column).append("]");
        }
        return text.append("：").append(reason).toString();
    }
}
