package cn.leavedesk.io;

/**
 * Keeps spreadsheet programs from running text as a formula (CSV/formula injection): a reason typed as
 * {@code =HYPERLINK(...)} must reach the clerk as text.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** Whether a spreadsheet could take this text for a formula. */
    public static boolean isRisky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text with a leading apostrophe when it is risky, as spreadsheets expect for literal text. */
    public static String neutralise(String text) {
        return isRisky(text) ? "'" + text : text;
    }
}
