package cn.leavedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.lifecycle.AbsenceState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every value the product names has one name per language, and the bundle names nothing else. */
class LabelsTest {
    private static final List<Class<? extends Enum<?>>> NAMED = List.of(Role.class, Kind.class, Scope.class,
            Status.class, MeetingType.class, Action.class, Party.class, Severity.class, Verdict.class,
            AbsenceState.class);

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> expected() {
        return NAMED.stream().flatMap(type -> java.util.Arrays.stream(type.getEnumConstants()))
                .map(Labels::key).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void chineseAndEnglishNameExactlyTheValuesThatExist() throws IOException {
        assertThat(keys("/i18n/labels.properties")).isEqualTo(expected());
        assertThat(keys("/i18n/labels_en.properties")).isEqualTo(expected());
    }

    @Test
    void theScreensAndTheRulesShareOneNameForARole() {
        assertThat(Labels.chinese().of(Role.OFFICE_DIRECTOR)).isEqualTo("办公室主任");
        assertThat(Labels.chinese().of(Role.DISTRICT_HEAD)).isEqualTo("县区政府主要负责人");
        assertThat(Labels.chinese().of(Status.CANCELLED)).isEqualTo("已撤销");
        assertThat(Labels.of(Locale.ENGLISH).of(Kind.BUSINESS_TRIP)).isEqualTo("business trip");
    }
}
