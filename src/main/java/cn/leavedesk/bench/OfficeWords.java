package cn.leavedesk.bench;

import cn.leavedesk.domain.Words;

/** The names, places and reasons of the generated office, from the data file {@code office-words.properties}. */
final class OfficeWords {
    private static final Words WORDS = Words.of(OfficeWords.class, "office-words.properties");

    private OfficeWords() {
    }

    static String[] of(String key) {
        return WORDS.list(key).toArray(String[]::new);
    }

    static String one(String key) {
        return WORDS.one(key);
    }
}
