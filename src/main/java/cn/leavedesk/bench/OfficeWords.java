package cn.leavedesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/** The names, places and reasons of the generated office, from the data file {@code office-words.properties}. */
final class OfficeWords {
    private static final Properties WORDS = load();

    private OfficeWords() {
    }

    static String[] of(String key) {
        String value = WORDS.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("office-words.properties has no " + key);
        }
        return Pattern.compile("\\|").splitAsStream(value).map(String::strip).toArray(String[]::new);
    }

    static String one(String key) {
        return of(key)[0];
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = OfficeWords.class.getResourceAsStream("office-words.properties")) {
            if (in == null) {
                throw new IllegalStateException("office-words.properties is missing from the package");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
