package cn.leavedesk.io;

import cn.leavedesk.domain.Words;
import java.util.List;

/**
 * The words offices write in imported tables — column headers, role and kind names, transit marks — read from the
 * data file {@code import-words.properties} beside this class, so that a new spelling is an edit to data, not code.
 */
final class ImportWords {
    private static final Words WORDS = Words.of(ImportWords.class, "import-words.properties");

    private ImportWords() {
    }

    static List<String> of(String key) {
        return WORDS.list(key);
    }

    /** The words under a key, or none. */
    static List<String> optional(String key) {
        return WORDS.listOrEmpty(key);
    }
}
