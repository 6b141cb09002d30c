package cn.leavedesk.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file into statements. The driver runs one statement per call, so the file is cut at each
 * semicolon that lies outside a quoted string or a comment, except inside the body of a {@code CREATE TRIGGER}, which
 * runs to the {@code END} that closes it (trigger bodies in migrations hold no CASE … END expressions).
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (c == ';' && insideTrigger(current)) {
                current.append(c);
            } else if (c == ';') {
                addIfNotBlank(result, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        addIfNotBlank(result, current);
        return List.copyOf(result);
    }

    /** Whether the statement so far is a trigger whose body has not reached its closing END yet. */
    private static boolean insideTrigger(StringBuilder statement) {
        String text = statement.toString().strip().toUpperCase(java.util.Locale.ROOT);
        if (!text.matches("(?s)CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*")) {
            return false;
        }
        return !text.matches("(?s).*\\bEND");
    }

    /** The index just after the quote that closes the one at {@code start}; a doubled quote is an escape. */
    private static int closingQuote(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return script.length();
    }

    private static void addIfNotBlank(List<String> result, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            result.add(text);
        }
    }
}
