package cn.leavedesk.io;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters no clerk types into a cell: NUL and the other C0/C1 controls. Tab and line breaks are allowed, as a
 * reason or a destination may span lines in a quoted CSV cell or an Excel cell with Alt+Enter.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The first forbidden character's code point, if any. */
    static Optional<Integer> firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of((int) c);
            }
        }
        return Optional.empty();
    }

    /** {@code U+0000}, as a message names it. */
    static String name(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
