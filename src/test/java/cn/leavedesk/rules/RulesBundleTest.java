package cn.leavedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's messages exist in both languages, and every key the checks ask for is there. */
class RulesBundleTest {
    /** Message keys appear in the checks as string literals: "finding.…", "reading.…", "list.…". */
    private static final Pattern KEY = Pattern.compile("\"((?:finding|reading|list)\\.[a-zA-Z.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RulesBundleTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("rules_en").stringPropertyNames()).isEqualTo(bundle("rules").stringPropertyNames());
    }

    @Test
    void everyKeyTheEngineAsksForExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/leavedesk/rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("finding.lateBeforehand", "finding.allAirside", "reading.cancelled");
        assertThat(bundle("rules").stringPropertyNames()).containsAll(used);
        assertThat(bundle("rules_en").stringPropertyNames()).containsAll(used);
    }
}
