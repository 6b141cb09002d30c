package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources");

    /** The project's own copies of the shared examples, plus our scenarios, plus any newer shared ones. */
    static Stream<Arguments> scenarios() throws IOException {
        List<Path> scenarios = new ArrayList<>();
        for (Path folder : List.of(FIXTURES.resolve("examples"), FIXTURES.resolve("scenarios"),
                Path.of("../shared/domain/examples"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                        .sorted().forEach(scenarios::add);
            }
        }
        return scenarios.stream().map(p -> Arguments.of(p.getParent().getFileName() + "/" + p.getFileName(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void printsExactlyTheExpectedResult(String name, Path scenario) throws IOException {
        Path expectedFile = Path.of(scenario.toString().replace(".json", ".expected.json"));
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        CliRun run = CliRun.of("check", scenario.toString());
        assertThat(run.err()).isEmpty();
        JsonNode actual = JSON.readTree(run.out());
        if (!expected.has("duties") && scenario.getParent().getFileName().toString().equals("examples")) {
            // duties is optional in the contract; the shared examples predate it and leave it out.
            // Our own scenarios state their duties (or their absence) exactly.
            ((com.fasterxml.jackson.databind.node.ObjectNode) actual).remove("duties");
        }
        assertThat(withoutMessages(actual)).isEqualTo(withoutMessages(expected));
        int expectedStatus = "VIOLATION".equals(expected.get("verdict").asText()) ? 1 : 0;
        assertThat(run.status()).isEqualTo(expectedStatus);
    }

    /** Messages are prose for the clerk; codes, severities and articles are the contract. */
    private static JsonNode withoutMessages(JsonNode result) {
        JsonNode copy = result.deepCopy();
        copy.get("findings").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("message"));
        return copy;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "\"BUSINESS_TRIP\"|\"TRIP\"|request.kind",
        "\"OUTSIDE_PROVINCE\"|\"ELSEWHERE\"|request.scope",
        "\"DEPARTMENT_HEAD\"|\"CHIEF\"|people[3].role",
        "\"return\": \"2026-06-06\"|\"return\": \"2026-06-04\"|request.return",
        "\"return\": \"2026-06-06\"|\"return\": \"2026-06-31\"|request.return",
        "\"person\": \"d7\"|\"person\": \"nobody\"|request.person",
        "\"supervisor\": \"v2\"|\"supervisor\": \"v9\"|people[3].supervisor",
        "\"rulebook\": \"wuhan\"|\"rulebook\": \"atlantis\"|rulebook"})
    void unusableInputExitsTwoWithOneLineNamingTheField(String from, String to, String field, @TempDir Path dir)
            throws IOException {
        String text = Files.readString(FIXTURES.resolve("examples/wuhan-department-head-ordinary-week.json"));
        String broken = text.replace(from.replace(" ", "").replace(":", ": "), to.replace(":", ": "));
        assertThat(broken).as("the replacement applied").isNotEqualTo(text);
        Path file = dir.resolve("broken.json");
        Files.writeString(file, broken);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(field);
    }

    /** 鹤政发〔2017〕2号 第五十二条（三）: 请假报告内容包括…联系方式 — an empty contact is that fact missing, not bad input. */
    @Test
    void blankContactIsAMissingFieldNotUnusableInput(@TempDir Path dir) throws IOException {
        String text = Files.readString(FIXTURES.resolve("examples/hegang-department-head-out-of-province.json"));
        Path file = dir.resolve("blank.json");
        String blank = text.replace("\"contact\": \"13900000000\"", "\"contact\": \"\"");
        assertThat(blank).isNotEqualTo(text);
        Files.writeString(file, blank);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(1);
        JsonNode finding = JSON.readTree(run.out()).at("/findings/0");
        assertThat(finding.get("code").asText()).isEqualTo("MISSING_FIELD");
        assertThat(finding.get("article").asText()).isEqualTo("鹤政发〔2017〕2号 第五十二条（三）");
    }

    @Test
    void aMeetingAbsenceOverTwoDaysIsRefusedNamingTheReturnField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("meeting.json");
        Files.writeString(file, """
                {"rulebook": "wuhan", "people": [{"id": "m", "role": "MAYOR"}, {"id": "v", "role": "VICE_MAYOR"}],
                 "request": {"id": "r", "person": "v", "kind": "MEETING_ABSENCE", "depart": "2026-06-10",
                             "return": "2026-06-11", "meeting": {"type": "EXECUTIVE", "convener": "m"}}}
                """);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains("request.return");
    }

    /** 鹤政发〔2017〕2号 第五十二条（四）: 外出返回后，要及时销假…返回后要形成书面报告 — printed as duties. */
    @Test
    void whatIsOwedAfterReturnIsPrintedAsDuties() throws IOException {
        CliRun hegang = CliRun.of("check", FIXTURES.resolve("examples/hegang-department-head-out-of-province.json").toString());
        JsonNode duties = JSON.readTree(hegang.out()).get("duties");
        assertThat(duties).hasSize(2);
        assertThat(duties.get(0).get("duty").asText()).isEqualTo("CANCEL_LEAVE");
        assertThat(duties.get(1).get("duty").asText()).isEqualTo("WRITTEN_REPORT");
        assertThat(duties.findValuesAsText("article")).containsOnly("鹤政发〔2017〕2号 第五十二条（四）");
        CliRun wuhan = CliRun.of("check", FIXTURES.resolve("examples/wuhan-department-head-ordinary-week.json").toString());
        assertThat(JSON.readTree(wuhan.out()).has("duties")).as("nothing owed, nothing printed").isFalse();
    }

    @Test
    void malformedJsonIsUnusable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"rulebook\": \"wuhan\", ");
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("line 1");
    }

    @Test
    void aMissingFileIsUnusable() {
        CliRun run = CliRun.of("check", "does-not-exist.json");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("does-not-exist.json");
    }

    @Test
    void aLateFilingIsAViolationWithExitOne(@TempDir Path dir) throws IOException {
        String text = Files.readString(FIXTURES.resolve("examples/wuhan-department-head-ordinary-week.json"));
        Path file = dir.resolve("late.json");
        Files.writeString(file, text.replace("\"filed\": \"2026-06-01\"", "\"filed\": \"2026-06-03\""));
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).at("/findings/0/code").asText()).isEqualTo("LATE_FILING");
    }

    @Test
    void aRulebookFileNextToTheScenarioCanBeUsed(@TempDir Path dir) throws IOException {
        String rules;
        try (var in = getClass().getResourceAsStream("/leavedesk/rulebooks/wuhan.json")) {
            rules = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("office.json"), rules.replace("\"advanceWorkingDays\": 3", "\"advanceWorkingDays\": 5"));
        String text = Files.readString(FIXTURES.resolve("examples/wuhan-department-head-ordinary-week.json"));
        Path file = dir.resolve("s.json");
        Files.writeString(file, text.replace("\"rulebook\": \"wuhan\"", "\"rulebook\": \"office.json\""));
        CliRun run = CliRun.of("check", file.toString());
        assertThat(JSON.readTree(run.out()).get("fileBy").asText()).isEqualTo("2026-05-29");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void anOfficeHolidayFolderChangesTheCount(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2026.json"), """
                {"year": 2026, "source": "测试", "holidays": [{"name": "假日", "from": "2026-06-03", "to": "2026-06-03"}]}
                """);
        CliRun run = CliRun.of("--holidays", dir.toString(), "check",
                FIXTURES.resolve("examples/wuhan-department-head-ordinary-week.json").toString());
        assertThat(JSON.readTree(run.out()).get("fileBy").asText()).isEqualTo("2026-06-01");
    }

    @Test
    void unknownCommandsAndOptionsAreUnusable() {
        assertThat(CliRun.of("frobnicate").status()).isEqualTo(2);
        assertThat(CliRun.of("--colour", "check").status()).isEqualTo(2);
        assertThat(CliRun.of().status()).isEqualTo(2);
    }
}
