package cn.leavedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.FindingCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulebookLoaderTest {
    private static String wuhanText() throws Exception {
        try (var in = RulebookLoaderTest.class.getResourceAsStream("/leavedesk/rulebooks/wuhan.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Rulebook read(String json) {
        return RulebookLoader.read("my-rules.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wuhan", "hangzhou", "hegang", "shaoxing", "yueqing"})
    void everyBuiltInRulebookLoadsAndEveryRuleCitesAnArticle(String id) {
        Rulebook rulebook = RulebookLoader.builtIn(id);
        assertThat(rulebook.id()).isEqualTo(id);
        assertThat(rulebook.document()).isNotBlank();
        assertThat(rulebook.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.article()).isNotBlank();
            assertThat(rule.summary().zh()).isNotBlank();
        });
    }

    @Test
    void onlyYueqingIsMarkedIncompleteAndItSaysSoInEveryCase() {
        assertThat(RulebookLoader.builtIn("yueqing").sourceComplete()).isFalse();
        assertThat(RulebookLoader.builtIn("yueqing").rules().get(0).findings())
                .extracting(RuleFinding::code).containsExactly(FindingCode.RULEBOOK_INCOMPLETE);
        for (String id : new String[] {"wuhan", "hangzhou", "hegang", "shaoxing"}) {
            assertThat(RulebookLoader.builtIn(id).sourceComplete()).isTrue();
        }
    }

    @Test
    void anUnknownPartyNamesTheFileAndTheEntry() throws Exception {
        String broken = wuhanText().replaceFirst("\"party\": \"PROVINCIAL_PARTY_OFFICE\"", "\"party\": \"PROVINCE\"");
        assertThatThrownBy(() -> read(broken)).isInstanceOf(RulebookException.class)
                .hasMessageStartingWith("my-rules.json rules[0].steps[0].party")
                .hasMessageContaining("PROVINCE");
    }

    @Test
    void aProblemIsWordedInTheClerksLanguageWithTheFileAndEntryKept() throws Exception {
        String broken = wuhanText().replaceFirst("\"party\": \"PROVINCIAL_PARTY_OFFICE\"", "\"party\": \"PROVINCE\"");
        RulebookException e = catchRulebookException(() -> read(broken));

        assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("my-rules.json rules[0].steps[0].party")
                .contains("\u4e0d\u8ba4\u8bc6\u7684\u53d6\u503c\u201cPROVINCE\u201d");
        assertThat(e.message(java.util.Locale.ENGLISH)).startsWith("my-rules.json rules[0].steps[0].party")
                .contains("unknown value \"PROVINCE\"");
        String noTitle = wuhanText().replaceFirst("\"title\": *(\\{[^}]*\\}|\"[^\"]*\"),", "");
        assertThat(catchRulebookException(() -> read(noTitle)).problem(java.util.Locale.ENGLISH))
                .isEqualTo("required text (a string, or {\"zh\": \u2026, \"en\": \u2026})");
    }

    private static RulebookException catchRulebookException(Runnable action) {
        try {
            action.run();
        } catch (RulebookException e) {
            return e;
        }
        throw new AssertionError("no RulebookException");
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        String broken = wuhanText().replaceFirst("\"advanceWorkingDays\": 3", "\"advanceWorkDays\": 3");
        assertThatThrownBy(() -> read(broken)).hasMessageContaining("rules[2].advanceWorkDays")
                .hasMessageContaining("unknown field");
    }

    @Test
    void anAdvancePeriodWithoutADeadlineStepIsRefused() throws Exception {
        String broken = wuhanText().replace("\"party\": \"GENERAL_OFFICE\", \"deadline\": true", "\"party\": \"GENERAL_OFFICE\"");
        assertThatThrownBy(() -> read(broken)).hasMessageContaining("rules[2].steps");
    }

    @Test
    void aMissingArticleIsRefused() throws Exception {
        String broken = wuhanText().replaceFirst("\"article\": \"六十七\",", "");
        assertThatThrownBy(() -> read(broken)).hasMessageContaining("rules[0].article").hasMessageContaining("required");
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> read("{\n \"id\": \"x\",,\n}")).hasMessageContaining("line 2");
    }

    @Test
    void anOfficeCanChangeTheNoticePeriodInItsOwnFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wuhan-5days.json");
        Files.writeString(file, wuhanText().replace("\"advanceWorkingDays\": 3", "\"advanceWorkingDays\": 5"));
        Rulebook rulebook = RulebookLoader.load(file.toString());
        var request = Fixtures.trip("r", Fixtures.DEPARTMENT, cn.leavedesk.domain.Kind.BUSINESS_TRIP,
                cn.leavedesk.domain.Scope.OUTSIDE_PROVINCE, "2026-06-05", "2026-06-06").build();
        var e = new Evaluator(Fixtures.CALENDAR, Messages.chinese()).evaluate(rulebook, Fixtures.ROSTER, java.util.List.of(), request);
        assertThat(e.fileBy()).contains(java.time.LocalDate.parse("2026-05-29"));
    }

    @Test
    void anUnknownRulebookNameListsTheBuiltInOnes() {
        assertThatThrownBy(() -> RulebookLoader.load("beijing")).hasMessageContaining("wuhan, hangzhou");
    }

    @Test
    void leavingTheCityWithoutTheRulebooksReadingIsRefused() throws Exception {
        String text = wuhanText();
        String withoutReading = text.substring(0, text.indexOf("  \"leavingTheCity\": {"))
                + text.substring(text.indexOf("  \"notes\": ["));
        assertThatThrownBy(() -> read(withoutReading)).hasMessageContaining("rules[0].when.leavingTheCity")
                .hasMessageContaining("no leavingTheCity reading");
    }

    @Test
    void leavingTheCityAndScopesTogetherAreRefused() throws Exception {
        String broken = wuhanText().replaceFirst("\"leavingTheCity\": true}", "\"leavingTheCity\": true, \"scopes\": [\"ABROAD\"]}");
        assertThatThrownBy(() -> read(broken)).hasMessageContaining("rules[0].when.scopes").hasMessageContaining("not both");
    }

    /** An office that reads 离汉 differently changes it once, and every article using the words follows. */
    @Test
    void oneChangeToTheReadingMovesEveryArticleThatUsesIt() throws Exception {
        String allScopes = wuhanText().replace(
                "\"scopes\": [\"WITHIN_PROVINCE\", \"OUTSIDE_PROVINCE\", \"ABROAD\"],",
                "\"scopes\": [\"WITHIN_CITY\", \"WITHIN_PROVINCE\", \"OUTSIDE_PROVINCE\", \"ABROAD\"],");
        Rulebook rulebook = read(allScopes);
        assertThat(rulebook.rules()).filteredOn(r -> r.article().equals("六十七"))
                .allSatisfy(r -> assertThat(r.when().scopes()).contains(cn.leavedesk.domain.Scope.WITHIN_CITY));
        assertThat(rulebook.presiding().orElseThrow().when().scopes()).contains(cn.leavedesk.domain.Scope.WITHIN_CITY);
    }

    @Test
    void beforehandIsReadAsTheArticlesWords() {
        Rulebook wuhan = RulebookLoader.builtIn("wuhan");
        assertThat(wuhan.rules()).filteredOn(r -> r.beforehand().isPresent()).extracting(Rule::id)
                .containsExactly("wuhan-67-leaders", "wuhan-47-department-plenary");
        assertThat(wuhan.rules().get(1).beforehand()).contains("应当事先报告市长");
    }

    @Test
    void beforehandOnARuleWithoutStepsIsRefused() throws Exception {
        String broken = wuhanText().replace("\"findings\": [\n        {\"code\": \"RULEBOOK_INCOMPLETE\"",
                "\"beforehand\": \"事先\",\n      \"findings\": [\n        {\"code\": \"RULEBOOK_INCOMPLETE\"");
        assertThat(broken).isNotEqualTo(wuhanText());
        assertThatThrownBy(() -> read(broken)).hasMessageContaining(".beforehand");
    }
}
