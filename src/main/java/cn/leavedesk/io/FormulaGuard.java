package cn.leavedesk.io;

/**
 * Keeps spreadsheet programs from running text as a formula (CSV/formula injection): a reason typed as
 * {@code =HYPERLINK(...)} must reach the clerk as text. The guard is a leading apostrophe, as spreadsheets
 * expect for literal text, and the import takes it off again, so an exported register re-imports unchanged.
 *
 * <p>To keep that exact, text that already looks guarded (an apostrophe before a risky character, or before
 * another such apostrophe) is guarded too: {@code '=x} is written {@code ''=x} and read back as {@code '=x}.
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

    /** Whether the text reads as guarded: an apostrophe followed by risky or guarded text. */
    static boolean isGuarded(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && (isRisky(text.substring(1)) || isGuarded(text.substring(1)));
    }

    /** The text with a leading apostrophe when it is risky (or would otherwise lose one on import). */
    public static String neutralise(String text) {
        return isRisky(text) || isGuarded(text) ? "'" + text : text;
    }

    /** Undoes {@link #neutralise}: the text as it was before export. */
    public static String restore(String text) {
        return isGuarded(text) ? text.substring(1) : text;
    }
}
