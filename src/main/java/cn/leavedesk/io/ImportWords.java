package cn.leavedesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The words offices write in imported tables — column headers, role and kind names, transit marks — read from the
 * data file {@code import-words.properties} beside this class, so that a new spelling is an edit to data, not code.
 */
final class ImportWords {
    private static final Properties WORDS = load();
    private static final Pattern SEPARATOR = Pattern.compile("\\|");

    private ImportWords() {
    }

    /** The words under a key; a key the file lacks is a packaging fault, so it fails loudly. */
    static List<String> of(String key) {
        String value = WORDS.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("import-words.properties has no " + key);
        }
        return SEPARATOR.splitAsStream(value).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** The words under a key, or none. */
    static List<String> optional(String key) {
        return WORDS.containsKey(key) ? of(key) : List.of();
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = ImportWords.class.getResourceAsStream("import-words.properties")) {
            if (in == null) {
                throw new IllegalStateException("import-words.properties is missing from the package");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
