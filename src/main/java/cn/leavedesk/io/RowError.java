package cn.leavedesk.io;

import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason a row (or a whole file) cannot be imported: a typed {@link RowProblem} with its arguments, worded
 * in the clerk's language by the message bundles.
 *
 * @param file    the file name as the user knows it
 * @param row     the row number as Excel shows it, the header being row 1; {@link #WHOLE_FILE} for an error
 *                about the file itself (empty, unreadable)
 * @param column  the column header as the file spells it, or {@link #NO_COLUMN} when the error concerns no
 *                single column
 * @param problem what is wrong
 * @param args    the problem's arguments (values from the file, ids, row numbers) as text, or a {@link Message} (a
 *                scenario file's own problem) that is worded in the reader's language with the rest
 */
public record RowError(String file, int row, String column, RowProblem problem, List<Object> args) {
    public static final int WHOLE_FILE = 0;
    public static final String NO_COLUMN = "";

    public RowError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(problem, "problem");
        args = List.copyOf(args);
    }

    public RowError(String file, int row, String column, RowProblem problem, Object... args) {
        this(file, row, column, problem, texts(args));
    }

    public static RowError ofFile(String file, RowProblem problem, Object... args) {
        return new RowError(file, WHOLE_FILE, NO_COLUMN, problem, texts(args));
    }

    /** What is wrong, in Chinese. */
    public String reason() {
        return reason(Locale.SIMPLIFIED_CHINESE);
    }

    /** What is wrong, in Chinese or (for an English locale) English. */
    public String reason(Locale locale) {
        return Wording.of(locale).text(problem.key(), args.toArray());
    }

    /** One line for stderr or a dialog, e.g. {@code absences.csv 第3行 [返回日期]：返回日期早于出发日期}. */
    public String describe() {
        return describe(Locale.SIMPLIFIED_CHINESE);
    }

    public String describe(Locale locale) {
        Wording text = Wording.of(locale);
        String where = row == WHOLE_FILE ? file : text.text("io.where.row", file, Integer.toString(row));
        if (!column.isEmpty()) {
            where = text.text("io.where.column", where, column);
        }
        return text.text("io.where.reason", where, reason(locale));
    }

    /** Arguments as text (so a row number or an id is never grouped like an amount), messages as they are. */
    static List<Object> texts(Object... args) {
        List<Object> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(arg instanceof Message message ? message : String.valueOf(arg));
        }
        return texts;
    }
}
