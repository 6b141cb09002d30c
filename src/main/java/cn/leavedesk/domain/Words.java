package cn.leavedesk.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A data file of words — what offices write in their tables, how a Chinese date is marked — kept beside the class
 * that reads them ({@code .properties}, UTF-8, several words to a key separated by {@code |}), so that the words are
 * data and Java holds no Chinese text. A key the file lacks is a packaging fault and fails loudly.
 */
public final class Words {
    private static final Pattern SEPARATOR = Pattern.compile("\\|");

    private final String resource;
    private final Properties words;

    private Words(String resource, Properties words) {
        this.resource = resource;
        this.words = words;
    }

    /** The file {@code resource} in {@code owner}'s package. */
    public static Words of(Class<?> owner, String resource) {
        Properties words = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the package of " + owner.getName());
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(resource, words);
    }

    public List<String> list(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(resource + " has no " + key);
        }
        return SEPARATOR.splitAsStream(value).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** The words under a key, or none when the file has no such key. */
    public List<String> listOrEmpty(String key) {
        return words.containsKey(key) ? list(key) : List.of();
    }

    public String one(String key) {
        return list(key).get(0);
    }
}
