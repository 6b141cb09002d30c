package cn.leavedesk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.rules.RulebookLoader;
import cn.leavedesk.store.SettingsRepository;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles ({@code i18n/messages} and the rules engine's {@code i18n/rules}; the value names of
 * {@code i18n/labels} are {@code LabelsTest}'s) say every sentence in both languages, hold no sentence nothing asks
 * for, and lack none the code asks for.
 *
 * <p>A key is "used" when it appears whole as a string literal in {@code src/main/java} (comments do not count), or
 * as {@code %key} in FXML. Keys are written out in full wherever possible; the one family the code builds —
 * {@code field.<name>} of the rules bundle, from {@link RulebookLoader#REQUEST_FIELDS} — is listed in
 * {@link #BUILT_KEYS} from the very constant the code builds it from, so a new field without words fails here too.
 */
class MessageBundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final List<String> FAMILIES = List.of("messages", "rules");
    /** Keys the code builds (prefix + a value), per bundle, computed from the code's own list of values. */
    private static final Map<String, Set<String>> BUILT_KEYS = Map.of(
            "messages", Set.<String>of(),
            "rules", RulebookLoader.REQUEST_FIELDS.stream().map(field -> "field." + field)
                    .collect(Collectors.toUnmodifiableSet()));
    /** What a bundle key looks like: lower-case namespace, dot-separated parts. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    /** Literals of that shape that are file names, not keys: {@code roster.csv}. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|xlsx|xls|json|txt|pdf|ics|db|sql|properties)");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][A-Za-z0-9_.-]*)\"");

    private static final List<JavaLiterals.Literal> LITERALS = JavaLiterals.under(Path.of("src/main/java"));

    private static Set<String> keys(String file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> literals() {
        Set<String> used = LITERALS.stream().map(JavaLiterals.Literal::raw).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        for (String family : FAMILIES) {
            Set<String> chinese = keys(family + ".properties");
            Set<String> english = keys(family + "_en.properties");
            assertThat(difference(chinese, english)).as("keys of %s.properties missing in English", family).isEmpty();
            assertThat(difference(english, chinese)).as("keys of %s_en.properties missing in Chinese", family).isEmpty();
        }
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> used = literals();
        for (String family : FAMILIES) {
            Set<String> unused = difference(keys(family + ".properties"), used);
            unused.removeAll(BUILT_KEYS.get(family));
            assertThat(unused).as("keys of %s.properties that no code asks for", family).isEmpty();
        }
    }

    @Test
    void everyBuiltKeyExists() {
        for (String family : FAMILIES) {
            assertThat(keys(family + ".properties")).as("%s.properties", family).containsAll(BUILT_KEYS.get(family));
            assertThat(keys(family + "_en.properties")).as("%s_en.properties", family)
                    .containsAll(BUILT_KEYS.get(family));
        }
    }

    /**
     * Every literal shaped like a key of a bundle's namespaces ({@code store.…}, {@code io.error.…},
     * {@code finding.…}) is one: a mistyped key would otherwise show as {@code !key!} on a clerk's screen.
     */
    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> all = new TreeSet<>();
        FAMILIES.forEach(family -> all.addAll(keys(family + ".properties")));
        Set<String> namespaces = all.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = LITERALS.stream().map(JavaLiterals.Literal::raw)
                .filter(raw -> KEY_SHAPE.matcher(raw).matches())
                .filter(raw -> namespaces.contains(raw.substring(0, raw.indexOf('.'))))
                .filter(raw -> !all.contains(raw))
                .filter(raw -> !FILE_NAME.matcher(raw).matches() && !settingNames().contains(raw))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("literals shaped like bundle keys that no bundle defines").isEmpty();
    }

    @Test
    void theStoreTheImportAndTheCalendarAreWordedHere() {
        Set<String> keys = keys("messages.properties");
        assertThat(keys).contains("store.databaseInUse", "store.personHasRecords", "io.error.returnBeforeDepart",
                "calendar.problem.makeUpWeekday");
    }

    /** The settings' names ({@code calendar.overrides}, {@code clerk.name}), which share the shape of keys. */
    private static Set<String> settingNames() {
        Set<String> names = new TreeSet<>();
        for (Field field : SettingsRepository.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
