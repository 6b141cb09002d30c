package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both bundles carry the same keys, and every key is used: it appears as a string literal in the sources
 * or as a {@code %key} in FXML. Keys are never built by concatenation (see {@link DomainLabels}), which
 * is what makes this check possible.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.-]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][A-Za-z0-9_.-]*)\"");

    private static Set<String> keys(String file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> literalsIn(Path root, String extension, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(extension))
                    .flatMap(p -> {
                        Matcher m = pattern.matcher(read(p));
                        Stream.Builder<String> found = Stream.builder();
                        while (m.find()) {
                            found.add(m.group(1));
                        }
                        return found.build();
                    })
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void englishBundleHasEveryChineseKey() {
        Set<String> missing = new TreeSet<>(keys("messages.properties"));
        missing.removeAll(keys("messages_en.properties"));
        assertThat(missing).as("keys missing in messages_en.properties").isEmpty();
    }

    @Test
    void chineseBundleHasEveryEnglishKey() {
        Set<String> missing = new TreeSet<>(keys("messages_en.properties"));
        missing.removeAll(keys("messages.properties"));
        assertThat(missing).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void everyKeyIsUsedInCodeOrFxml() throws IOException {
        Set<String> used = new TreeSet<>(literalsIn(Path.of("src/main/java"), ".java", JAVA_LITERAL));
        used.addAll(literalsIn(Path.of("src/main/resources"), ".fxml", FXML_KEY));

        Set<String> unused = new TreeSet<>(keys("messages.properties"));
        unused.removeAll(used);
        assertThat(unused).as("keys no code or FXML refers to").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern lookup = Pattern.compile("(?:\\btr|getString)\\(\\s*\"([A-Za-z][A-Za-z0-9_.-]*)\"");
        // The store's getString(...) calls read JDBC columns, not bundle keys.
        Set<String> requested = new TreeSet<>();
        for (String layer : new String[] {"ui", "cli", "service"}) {
            Path folder = Path.of("src/main/java/cn/leavedesk", layer);
            if (Files.isDirectory(folder)) {
                requested.addAll(literalsIn(folder, ".java", lookup));
            }
        }
        requested.addAll(literalsIn(Path.of("src/main/java/cn/leavedesk/ui"), ".java",
                Pattern.compile("(?:->|Key\\(|,)\\s*\"([a-z]+\\.[A-Za-z0-9_.]+)\"")));

        Set<String> missing = new TreeSet<>(requested);
        missing.removeAll(keys("messages.properties"));
        assertThat(missing).as("keys the code looks up but no bundle defines").isEmpty();
    }
}
