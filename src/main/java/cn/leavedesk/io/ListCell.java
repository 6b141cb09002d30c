package cn.leavedesk.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Several values in one cell, such as attachment names: separated by {@code ;} (or the full-width {@code ；}
 * clerks type), with a backslash before a separator or backslash that belongs to a value — so that
 * {@code 批件;补充.pdf} stays one name: {@code 批件\;补充.pdf}.
 */
public final class ListCell {
    private ListCell() {
    }

    public static String join(List<String> values) {
        List<String> escaped = new ArrayList<>(values.size());
        for (String value : values) {
            escaped.add(value.replace("\\", "\\\\").replace(";", "\\;").replace("；", "\\；"));
        }
        return String.join(";", escaped);
    }

    /** The values, stripped, blanks dropped; a backslash takes the next character literally. */
    public static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                current.append(cell.charAt(++i));
            } else if (c == ';' || c == '；') {
                add(values, current);
            } else {
                current.append(c);
            }
        }
        add(values, current);
        return values;
    }

    private static void add(List<String> values, StringBuilder current) {
        String value = current.toString().strip();
        if (!value.isEmpty()) {
            values.add(value);
        }
        current.setLength(0);
    }
}
