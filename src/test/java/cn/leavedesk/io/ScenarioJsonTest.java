package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioJsonTest {
    private static final String PEOPLE = """
            "people": [
              {"id": "m", "name": "王某", "role": "MAYOR", "term": {"start": "2022-01-10", "end": "2027-01-09"}},
              {"id": "ev", "role": "EXECUTIVE_VICE_MAYOR"},
              {"id": "v1", "role": "VICE_MAYOR", "portfolios": ["FOREIGN_AFFAIRS"]},
              {"id": "d1", "role": "DEPARTMENT_HEAD", "supervisor": "v1"}
            ]""";

    @TempDir
    Path dir;

    @Test
    void wuhanMayorAbroadExample() throws Exception {
        Scenario scenario = ScenarioJson.read(example("wuhan-mayor-abroad-two-countries.json"));

        assertThat(scenario.rulebook()).isEqualTo("wuhan");
        assertThat(scenario.people()).extracting(Person::id).containsExactly("m", "ev", "v2", "d7");
        assertThat(scenario.people().get(0).term())
                .contains(new Term(LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9)));
        assertThat(scenario.people().get(2).portfolios()).containsExactly("TRANSPORT");
        assertThat(scenario.people().get(3).supervisor()).contains("v2");
        assertThat(scenario.history()).isEmpty();
        Absence request = scenario.request().orElseThrow();
        assertThat(request.kind()).isEqualTo(Kind.OFFICIAL_VISIT);
        assertThat(request.scope()).isEqualTo(Scope.ABROAD);
        assertThat(request.status()).isEqualTo(Status.ACTIVE);
        assertThat(request.stops()).containsExactly(new Stop("GB", true), new Stop("FR", true));
        assertThat(request.actingPerson()).contains("ev");
        assertThat(request.days()).isEqualTo(8);
    }

    @Test
    void wuhanAndHegangDepartmentHeadExamples() throws Exception {
        Scenario wuhan = ScenarioJson.read(example("wuhan-department-head-ordinary-week.json"));
        Scenario hegang = ScenarioJson.read(example("hegang-department-head-out-of-province.json"));

        assertThat(wuhan.request().orElseThrow().filed()).contains(LocalDate.of(2026, 6, 1));
        assertThat(wuhan.request().orElseThrow().attachments()).containsExactly("会议通知.pdf");
        assertThat(hegang.rulebook()).isEqualTo("hegang");
        assertThat(hegang.request().orElseThrow().actingPerson()).contains("副局长戊");
        assertThat(hegang.request().orElseThrow().stops()).isEmpty();
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws ScenarioException {
        Scenario scenario = ScenarioJson.parse(scenario("""
                "history": [
                  {"id": "h1", "person": "d1", "kind": "LEAVE", "scope": "WITHIN_CITY", "status": "CANCELLED",
                   "depart": "2026-01-05", "return": "2026-01-06", "reason": null}
                ],
                "request": {"id": "r1", "person": "v1", "kind": "MEETING_ABSENCE",
                   "depart": "2026-02-13", "return": "2026-02-13",
                   "meeting": {"type": "EXECUTIVE", "convener": "m"},
                   "stops": [{"country": "ae"}]}"""));

        Absence past = scenario.history().get(0);
        assertThat(past.status()).isEqualTo(Status.CANCELLED);
        assertThat(past.reason()).isEmpty();
        assertThat(past.filed()).isEmpty();
        Absence request = scenario.request().orElseThrow();
        assertThat(request.scope()).isEqualTo(Scope.WITHIN_CITY);
        assertThat(request.status()).isEqualTo(Status.ACTIVE);
        assertThat(request.meeting()).contains(new Meeting(MeetingType.EXECUTIVE, Optional.of("m")));
        assertThat(request.stops()).containsExactly(new Stop("AE", true));
        assertThat(scenario.people().get(1).name()).isEmpty();
        assertThat(scenario.people().get(1).role()).isEqualTo(Role.EXECUTIVE_VICE_MAYOR);
    }

    /** cli-contract.md: "Empty or blank text counts as absent (a MISSING_FIELD, not unusable input)". */
    @Test
    void blankTextIsAbsentNotUnusable() throws ScenarioException {
        Scenario scenario = ScenarioJson.parse(scenario("""
                "request": {"id": "r1", "person": "d1", "kind": "BUSINESS_TRIP", "scope": "OUTSIDE_PROVINCE",
                   "depart": "2026-02-13", "return": "2026-02-15", "filed": "", "status": " ",
                   "destination": "", "reason": "   ", "contact": "", "actingPerson": "\\t",
                   "attachments": ["", "通知.pdf", " "]}"""));

        Absence request = scenario.request().orElseThrow();
        assertThat(request.filed()).isEmpty();
        assertThat(request.status()).isEqualTo(Status.ACTIVE);
        assertThat(request.destination()).isEmpty();
        assertThat(request.reason()).isEmpty();
        assertThat(request.contact()).isEmpty();
        assertThat(request.actingPerson()).isEmpty();
        assertThat(request.attachments()).containsExactly("通知.pdf");
    }

    @Test
    void aBlankConvenerIsAnUnnamedConvener() throws ScenarioException {
        Scenario scenario = ScenarioJson.parse(scenario("""
                "request": {"id": "r1", "person": "d1", "kind": "MEETING_ABSENCE",
                   "depart": "2026-02-13", "return": "2026-02-13", "meeting": {"type": "SPECIAL", "convener": ""}}"""));

        assertThat(scenario.request().orElseThrow().meeting()).contains(new Meeting(MeetingType.SPECIAL, Optional.empty()));
    }

    /** A meeting is one day: "depart = return = the meeting day" (cli-contract.md). */
    @Test
    void aMeetingAbsenceOverSeveralDaysIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ScenarioJson.parse(scenario("""
                "request": {"id": "r1", "person": "d1", "kind": "MEETING_ABSENCE",
                   "depart": "2026-02-13", "return": "2026-02-14", "meeting": {"type": "PLENARY"}}""")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("request.return: a meeting absence is one day");
    }

    @Test
    void requestAndHistoryMayBeAbsent() throws ScenarioException {
        Scenario scenario = ScenarioJson.parse("{\"rulebook\": \"yueqing\", " + PEOPLE + "}");

        assertThat(scenario.history()).isEmpty();
        assertThat(scenario.request()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown role         | "people": [{"id": "m", "role": "MAJOR"}]                | people[0].role: unknown value "MAJOR" (expected MAYOR, EXECUTIVE_VICE_MAYOR, VICE_MAYOR,
            person without id    | "people": [{"role": "MAYOR"}]                           | people[0].id: missing (required)
            person without role  | "people": [{"id": "m"}]                                 | people[0].role: missing (required)
            duplicate person     | "people": [{"id": "m", "role": "MAYOR"}, {"id": "m", "role": "VICE_MAYOR"}] | people[1].id: duplicate id "m" (also people[0])
            unknown supervisor   | "people": [{"id": "d", "role": "DEPARTMENT_HEAD", "supervisor": "v"}] | people[0].supervisor: unknown person "v"
            term without end     | "people": [{"id": "m", "role": "MAYOR", "term": {"start": "2022-01-10"}}] | people[0].term.end: missing (required)
            term ends early      | "people": [{"id": "m", "role": "MAYOR", "term": {"start": "2022-01-10", "end": "2021-01-10"}}] | people[0].term.end: before start 2022-01-10
            id is a number       | "people": [{"id": 7, "role": "MAYOR"}]                  | people[0].id: expected a string, got the number 7
            people not an array  | "people": {"id": "m"}                                   | people: expected an array, got an object
            people missing       | "history": []                                           | people: missing (required)
            """)
    void badPeopleAreNamedByPath(String title, String body, String message) {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"rulebook\": \"wuhan\", " + body + "}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            impossible date      | return       | "2026-02-30"                                     | request.return: 2026-02-30 is not a date
            wrong date format    | return       | "2026/02/15"                                     | request.return: "2026/02/15" is not a date (expected YYYY-MM-DD)
            return before depart | return       | "2026-02-12"                                     | request.return: before departure 2026-02-13
            unknown person       | person       | "x9"                                             | request.person: unknown person "x9"
            unknown kind         | kind         | "HOLIDAY"                                        | request.kind: unknown value "HOLIDAY" (expected BUSINESS_TRIP, OFFICIAL_VISIT, LEAVE, OTHER_ABSENCE, MEETING_ABSENCE)
            unknown status       | status       | "DONE"                                           | request.status: unknown value "DONE" (expected ACTIVE, CANCELLED)
            missing scope        | scope        | null                                             | request.scope: missing (required)
            bad filed date       | filed        | "yesterday"                                      | request.filed: "yesterday" is not a date (expected YYYY-MM-DD)
            unknown convener     | meeting      | {"type": "PLENARY", "convener": "zz"}            | request.meeting.convener: unknown person "zz"
            meeting without type | meeting      | {"convener": "m"}                                | request.meeting.type: missing (required)
            bad country          | stops        | [{"country": "Germany"}]                         | request.stops[0].country: "Germany" is not a two-letter country or region code
            bad transit flag     | stops        | [{"country": "AE", "leavesAirport": "no"}]       | request.stops[0].leavesAirport: expected true or false, got the string "no"
            attachment number    | attachments  | ["a.pdf", 3]                                     | request.attachments[1]: expected a string, got the number 3
            empty id             | id           | "  "                                             | request.id: must not be empty
            blank scope of trip  | scope        | ""                                               | request.scope: missing (required)
            blank departure      | depart       | " "                                              | request.depart: must not be empty
            """)
    void badRequestFieldsAreNamedByPath(String title, String field, String value, String message) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("id", "\"r1\"");
        request.put("person", "\"d1\"");
        request.put("kind", "\"BUSINESS_TRIP\"");
        request.put("scope", "\"ABROAD\"");
        request.put("depart", "\"2026-02-13\"");
        request.put("return", "\"2026-02-15\"");
        request.put(field, value);
        StringBuilder json = new StringBuilder("{");
        request.forEach((key, text) -> json.append(json.length() > 1 ? ", " : "")
                .append('"').append(key).append("\": ").append(text));
        String scenario = scenario("\"request\": " + json.append('}'));

        assertThatThrownBy(() -> ScenarioJson.parse(scenario))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void historyErrorsAndDuplicateAbsenceIds() {
        String absence = "{\"id\": \"%s\", \"person\": \"%s\", \"kind\": \"LEAVE\", \"scope\": \"WITHIN_CITY\", "
                + "\"depart\": \"2026-01-05\", \"return\": \"2026-01-06\"}";

        assertThatThrownBy(() -> ScenarioJson.parse(scenario(
                "\"history\": [" + absence.formatted("h1", "x9") + "]")))
                .hasMessage("history[0].person: unknown person \"x9\"");
        assertThatThrownBy(() -> ScenarioJson.parse(scenario(
                "\"history\": [" + absence.formatted("h1", "d1") + "], \"request\": " + absence.formatted("h1", "m"))))
                .hasMessage("request.id: duplicate id \"h1\" (also history[0])");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String json = "{\n  \"rulebook\": \"wuhan\",\n  \"people\": [}\n}";

        assertThatThrownBy(() -> ScenarioJson.parse(json))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("line 3, column ")
                .hasMessageContaining("malformed JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void duplicateKeysEmptyInputAndNonObjectsAreRefused() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"rulebook\": \"a\", \"rulebook\": \"b\"}"))
                .hasMessageContaining("line 1").hasMessageContaining("rulebook");
        assertThatThrownBy(() -> ScenarioJson.parse("   "))
                .hasMessage("scenario: the file is empty");
        assertThatThrownBy(() -> ScenarioJson.parse("[1, 2]"))
                .hasMessageStartingWith("scenario: expected a JSON object");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"rulebook\": \"a\"} trailing"))
                .hasMessageStartingWith("line 1");
        assertThatThrownBy(() -> ScenarioJson.parse("{" + PEOPLE + "}"))
                .hasMessage("rulebook: missing (required)");
    }

    @Test
    void exceptionKeepsPathAndProblemApart() {
        ScenarioException e = new ScenarioException("request.return",
                Message.of("io.scenario.returnBeforeDepart", LocalDate.parse("2026-02-13")));

        assertThat(e.getMessage()).isEqualTo("request.return: before departure 2026-02-13");
        assertThat(e.path()).isEqualTo("request.return");
        assertThat(e.problem()).isEqualTo("before departure 2026-02-13");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("request.return：早于出发日期 2026-02-13");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void fileWithBomIsRead() throws Exception {
        Path file = TestFiles.utf8Bom(dir, "scenario.json", scenario("\"history\": []"));

        assertThat(ScenarioJson.read(file).people()).hasSize(4);
    }

    private static String scenario(String rest) {
        return "{\"rulebook\": \"wuhan\", " + PEOPLE + ", " + rest + "}";
    }

    private static Path example(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ScenarioJsonTest.class.getResource("/examples/" + name)).toURI());
    }
}
