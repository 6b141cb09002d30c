package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import cn.leavedesk.store.StoreOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle commands of lifecycle-contract.md as users and acceptance scripts run them: {@code java -jar
 * target/leavedesk.jar …}, one JVM each, on an office imported through the jar. Every refusal exits 2 with one
 * line on stderr, nothing on stdout, and leaves the file as it was (the absence's {@code show} is unchanged).
 */
class LifecycleJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICE = "src/test/resources/lifecycle/office.json";

    @TempDir
    Path home;
    private String db;

    @BeforeEach
    void importTheOffice() throws Exception {
        db = home.resolve("office.db").toString();
        CheckJarIT.Result imported = CheckJarIT.run(home, "--db", db, "import", OFFICE);
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isZero();
    }

    /** Runs a command on the office as clerk 张三 on the given today. */
    private CheckJarIT.Result on(String today, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", db, "--as", "张三", "--today", today));
        all.addAll(List.of(args));
        return CheckJarIT.run(home, all.toArray(String[]::new));
    }

    private JsonNode show(String id) throws Exception {
        CheckJarIT.Result shown = on("2026-03-05", "show", id, "--format", "json");
        assertThat(shown.err()).isEmpty();
        assertThat(shown.status()).isZero();
        return JSON.readTree(shown.out());
    }

    /**
     * Exit 2, one line on stderr containing {@code expected}, nothing on stdout, and nothing written: every write
     * adds an audit entry in its own transaction, so the newest entry and the absence's events stay as they were.
     */
    private void refused(String id, String expected, String today, String... args) throws Exception {
        List<String> before = written(id);
        CheckJarIT.Result result = on(today, args);
        assertThat(result.status()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(result.out()).as(String.join(" ", args)).isEmpty();
        assertThat(result.err().strip().lines()).as(String.join(" ", args)).singleElement()
                .satisfies(line -> assertThat(line).contains(expected));
        assertThat(written(id)).as("nothing changed by " + String.join(" ", args)).isEqualTo(before);
    }

    /** The newest audit entry and the absence's history, read in this JVM. */
    private List<String> written(String id) {
        try (Database file = Database.openReadOnly(Path.of(db))) {
            List<String> seen = new ArrayList<>();
            file.audit().recent(1).forEach(e -> seen.add(e.id() + " " + e.action()));
            file.absences().events(id).forEach(e -> seen.add(e.id() + " " + e.type()));
            file.chains().steps(id).forEach(s -> seen.add(s.seq() + " " + s.state()));
            return seen;
        }
    }

    @Test
    void showPrintsTheAbsenceAsTheContractShapesIt() throws Exception {
        JsonNode a1 = show("a1");
        assertThat(a1.get("id").asText()).isEqualTo("a1");
        assertThat(a1.get("person").asText()).isEqualTo("d1");
        assertThat(a1.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(a1.get("supersededBy").isNull()).isTrue();
        assertThat(a1.get("supersedes").isNull()).isTrue();
        assertThat(a1.get("kind").asText()).isEqualTo("BUSINESS_TRIP");
        assertThat(a1.get("scope").asText()).isEqualTo("OUTSIDE_PROVINCE");
        assertThat(a1.get("filed").asText()).isEqualTo("2026-03-02");
        assertThat(a1.get("depart").asText()).isEqualTo("2026-03-09");
        assertThat(a1.get("return").asText()).isEqualTo("2026-03-11");
        assertThat(a1.get("departedOn").isNull()).isTrue();
        assertThat(a1.get("returnedOn").isNull()).isTrue();
        assertThat(a1.get("verdict").asText()).isEqualTo("OK");
        assertThat(a1.get("findings").isArray()).isTrue();
        assertThat(a1.get("chain")).hasSize(2);
        JsonNode step1 = a1.get("chain").get(0);
        assertThat(step1.get("step").asInt()).isEqualTo(1);
        assertThat(step1.get("action").asText()).isEqualTo("FILE");
        assertThat(step1.get("party").asText()).isEqualTo("GENERAL_OFFICE");
        assertThat(step1.get("article").asText()).isEqualTo("武政〔2018〕54号 六十七");
        assertThat(step1.get("by").asText()).isEqualTo("2026-03-04");
        assertThat(step1.get("done").isNull()).isTrue();
        assertThat(a1.get("duties")).isEmpty();
        assertThat(a1.get("events")).singleElement().satisfies(e -> {
            assertThat(e.get("type").asText()).isEqualTo("FILED");
            assertThat(e.get("on").asText()).isEqualTo("2026-03-02");
        });

        CheckJarIT.Result text = on("2026-03-05", "show", "a1");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("a1").contains("局长丁").contains("武政〔2018〕54号 六十七");

        refused("a1", "zz", "2026-03-05", "show", "zz");
        refused("a1", "--format", "2026-03-05", "show", "a1", "--format", "xml");
    }

    @Test
    void aStepIsTickedWithDayHowNoteAndClerkAndUndoneWithAReason() throws Exception {
        CheckJarIT.Result done = on("2026-03-05", "step", "a1", "1", "--done", "--on", "2026-03-03", "--how",
                "IN_PERSON", "--note", "已送办公厅");
        assertThat(done.err()).isEmpty();
        assertThat(done.status()).isZero();
        JsonNode ticked = show("a1").get("chain").get(0).get("done");
        assertThat(ticked.get("on").asText()).isEqualTo("2026-03-03");
        assertThat(ticked.get("by").asText()).isEqualTo("张三");
        assertThat(ticked.get("how").asText()).isEqualTo("IN_PERSON");

        refused("a1", "1", "2026-03-05", "step", "a1", "1", "--done", "--on", "2026-03-04");

        CheckJarIT.Result undone = on("2026-03-05", "step", "a1", "1", "--undo", "--reason", "误点");
        assertThat(undone.status()).isZero();
        JsonNode after = show("a1");
        assertThat(after.get("chain").get(0).get("done").isNull()).isTrue();
        List<String> types = new ArrayList<>();
        after.get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("FILED", "STEP_DONE", "STEP_UNDONE");
        assertThat(after.get("events").get(2).get("detail").asText()).isEqualTo("误点");
        assertThat(after.get("events").get(2).get("by").asText()).isEqualTo("张三");
    }

    @Test
    void stepRefusesEveryImpossibleTick() throws Exception {
        refused("a1", "3", "2026-03-05", "step", "a1", "3", "--done", "--on", "2026-03-03");
        refused("a1", "0", "2026-03-05", "step", "a1", "0", "--done", "--on", "2026-03-03");
        refused("a1", "x", "2026-03-05", "step", "a1", "x", "--done", "--on", "2026-03-03");
        refused("a1", "2026-03-06", "2026-03-05", "step", "a1", "1", "--done", "--on", "2026-03-06");
        refused("a1", "2026-02-30", "2026-03-05", "step", "a1", "1", "--done", "--on", "2026-02-30");
        refused("a1", "FAX", "2026-03-05", "step", "a1", "1", "--done", "--on", "2026-03-03", "--how", "FAX");
        refused("a1", "--on", "2026-03-05", "step", "a1", "1", "--done");
        refused("a1", "--undo", "2026-03-05", "step", "a1", "1");
        refused("a1", "1", "2026-03-05", "step", "a1", "1", "--undo", "--reason", "误点");
        refused("a1", "--reason", "2026-03-05", "step", "a1", "1", "--undo");
        refused("a1", "zz", "2026-03-05", "step", "zz", "1", "--done", "--on", "2026-03-03");
        // English when asked for
        JsonNode before = show("a1");
        CheckJarIT.Result english = CheckJarIT.run(home, "--db", db, "--lang", "en", "--today", "2026-03-05", "step",
                "a1", "3", "--done", "--on", "2026-03-03");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err().strip()).isEqualTo("Absence a1 has no step 3 (it has 2); nothing was changed.");
        assertThat(show("a1")).isEqualTo(before);
    }

    /** Left early and back before the planned departure: the trip moved, so the refusal asks for an amendment. */
    @Test
    void aReturnBeforeThePlannedDepartureAfterAnEarlierOneIsSentToAmend() throws Exception {
        assertThat(on("2026-03-12", "depart", "a1", "--on", "2026-03-06").status()).isZero();
        refused("a1", "变更", "2026-03-12", "return", "a1", "--on", "2026-03-07");
        refused("a1", "早于出发日期 2026-03-06", "2026-03-12", "return", "a1", "--on", "2026-03-05");
    }

    @Test
    void departureAndReturnAreRecordedAndImpossibleDaysRefused() throws Exception {
        refused("a1", "2026-03-13", "2026-03-12", "depart", "a1", "--on", "2026-03-13");
        refused("a1", "--on", "2026-03-12", "depart", "a1");
        refused("a1", "2026-03-08", "2026-03-12", "return", "a1", "--on", "2026-03-08");
        assertThat(on("2026-03-12", "depart", "a1", "--on", "2026-03-09").status()).isZero();
        assertThat(on("2026-03-12", "return", "a1", "--on", "2026-03-12").status()).isZero();
        refused("a1", "2026-03-13", "2026-03-12", "return", "a1", "--on", "2026-03-13");
        refused("a1", "2026-03-13", "2026-03-14", "depart", "a1", "--on", "2026-03-13");
        JsonNode a1 = show("a1");
        assertThat(a1.get("departedOn").asText()).isEqualTo("2026-03-09");
        assertThat(a1.get("returnedOn").asText()).isEqualTo("2026-03-12");
        assertThat(a1.get("return").asText()).isEqualTo("2026-03-11");
        List<String> types = new ArrayList<>();
        a1.get("events").forEach(e -> types.add(e.get("type").asText() + "@" + e.get("on").asText()));
        assertThat(types).containsExactly("FILED@2026-03-02", "DEPARTED@2026-03-09", "RETURNED@2026-03-12");
        // Wuhan's rules owe no written report
        refused("a1", "a1", "2026-03-13", "report-submitted", "a1", "--on", "2026-03-13");
    }

    @Test
    void amendStoresANewVersionPrintsItsEvaluationAndTheOldOneStaysReadable() throws Exception {
        Path bad = Files.writeString(home.resolve("bad.json"), "{\"id\": \"a1c\", \"person\": \"d1\"}",
                StandardCharsets.UTF_8);
        refused("a1", "kind", "2026-03-05", "amend", "a1", "--from", bad.toString(), "--reason", "改期");
        refused("a1", "--reason", "2026-03-05", "amend", "a1", "--from", "src/test/resources/lifecycle/amended-a1.json");
        refused("a1", "missing.json", "2026-03-05", "amend", "a1", "--from", "missing.json", "--reason", "x");

        CheckJarIT.Result amended = on("2026-03-05", "amend", "a1", "--from",
                "src/test/resources/lifecycle/amended-a1.json", "--reason", "会议改期");
        assertThat(amended.err()).isEmpty();
        assertThat(amended.status()).isZero();
        JsonNode evaluation = JSON.readTree(amended.out());
        assertThat(evaluation.get("id").asText()).isEqualTo("a1b");
        assertThat(evaluation.get("verdict").asText()).isEqualTo("OK");
        assertThat(evaluation.get("chain")).hasSize(2);

        JsonNode old = show("a1");
        assertThat(old.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.get("supersededBy").asText()).isEqualTo("a1b");
        JsonNode now = show("a1b");
        assertThat(now.get("supersedes").asText()).isEqualTo("a1");
        assertThat(now.get("chain").get(0).get("done").isNull()).isTrue();
        refused("a1", "a1b", "2026-03-05", "amend", "a1", "--from", "src/test/resources/lifecycle/amended-a1.json",
                "--reason", "again");
        refused("a1", "a1b", "2026-03-05", "cancel", "a1", "--reason", "x");
    }

    @Test
    void cancelKeepsTheAbsenceVisiblyCancelledAndRefusesWhatFollows() throws Exception {
        refused("a1", "--reason", "2026-03-05", "cancel", "a1");
        CheckJarIT.Result cancelled = on("2026-03-05", "cancel", "a1", "--reason", "行程取消");
        assertThat(cancelled.status()).isZero();
        assertThat(show("a1").get("status").asText()).isEqualTo("CANCELLED");
        refused("a1", "a1", "2026-03-05", "cancel", "a1", "--reason", "again");
        refused("a1", "a1", "2026-03-12", "return", "a1", "--on", "2026-03-11");
        refused("a1", "a1", "2026-03-12", "depart", "a1", "--on", "2026-03-09");
        refused("a1", "a1", "2026-03-05", "step", "a1", "2", "--done", "--on", "2026-03-04");
        refused("a1", "zz", "2026-03-05", "cancel", "zz", "--reason", "x");
        JsonNode todo = JSON.readTree(on("2026-03-05", "todo", "--as-of", "2026-03-05", "--format", "json").out());
        todo.get("items").forEach(item -> assertThat(item.get("absence").asText()).isNotEqualTo("a1"));
    }

    @Test
    void todoListsWhatIsStillToDoMostUrgentFirst() throws Exception {
        CheckJarIT.Result result = on("2026-03-05", "todo", "--as-of", "2026-03-05", "--format", "json");
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        JsonNode todo = JSON.readTree(result.out());
        assertThat(todo.get("asOf").asText()).isEqualTo("2026-03-05");
        List<String> items = new ArrayList<>();
        todo.get("items").forEach(i -> items.add(i.get("type").asText() + " " + i.get("absence").asText() + " "
                + i.get("step").asText() + " " + i.get("due").asText()));
        assertThat(items).containsExactly(
                "STEP_OVERDUE a1 1 2026-03-04",
                "STEP_DUE a1 2 2026-03-09",
                "NO_ONE_PRESIDING m1 null 2026-03-17",
                "NO_ONE_PRESIDING m1 null 2026-03-18");
        assertThat(todo.get("items").get(0).get("person").asText()).isEqualTo("d1");
        assertThat(todo.get("items").get(0).get("article").asText()).isEqualTo("武政〔2018〕54号 六十七");

        assertThat(on("2026-03-05", "step", "a1", "1", "--done", "--on", "2026-03-04").status()).isZero();
        JsonNode after = JSON.readTree(on("2026-03-05", "todo", "--as-of", "2026-03-05", "--format", "json").out());
        assertThat(after.get("items").get(0).get("type").asText()).isEqualTo("STEP_DUE");

        CheckJarIT.Result text = on("2026-03-05", "todo", "--as-of", "2026-03-05");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("STEP_DUE a1 d1 #2");
        refused("a1", "2026-13-01", "2026-03-05", "todo", "--as-of", "2026-13-01");
    }

    @Test
    void hegangOfficesAreToldOfReturnsAndReportsOwedAndRecordThem() throws Exception {
        Path hegang = home.resolve("hegang.db");
        try (Database office = Database.open(hegang, StoreOptions.defaults().withAutoBackup(AutoBackup.OFF))) {
            office.settings().put(SettingsRepository.RULEBOOK, "hegang", Actor.of("张三"));
        }
        db = hegang.toString();
        assertThat(CheckJarIT.run(home, "--db", db, "import", OFFICE).status()).isZero();

        JsonNode todo = JSON.readTree(on("2026-03-25", "todo", "--as-of", "2026-03-25", "--format", "json").out());
        List<String> owed = new ArrayList<>();
        todo.get("items").forEach(i -> {
            if (i.get("absence").asText().equals("a1") && i.get("step").isNull()) {
                owed.add(i.get("type").asText() + " " + i.get("due").asText());
            }
        });
        // 销假 the first working day after the planned return; the report five working days after it
        assertThat(owed).containsExactly("RETURN_NOT_RECORDED 2026-03-12", "REPORT_OVERDUE 2026-03-18");
        JsonNode duties = show("a1").get("duties");
        assertThat(duties).hasSize(2);
        assertThat(duties.get(0).get("duty").asText()).isEqualTo("CANCEL_LEAVE");
        assertThat(duties.get(1).get("duty").asText()).isEqualTo("WRITTEN_REPORT");
        assertThat(duties.get(1).get("article").asText()).isEqualTo("鹤政发〔2017〕2号 第五十二条（四）");

        assertThat(on("2026-03-25", "return", "a1", "--on", "2026-03-12").status()).isZero();
        refused("a1", "2026-03-26", "2026-03-25", "report-submitted", "a1", "--on", "2026-03-26");
        refused("a1", "2026-03-08", "2026-03-25", "report-submitted", "a1", "--on", "2026-03-08");
        assertThat(on("2026-03-25", "report-submitted", "a1", "--on", "2026-03-20").status()).isZero();
        refused("a1", "2026-03-20", "2026-03-25", "report-submitted", "a1", "--on", "2026-03-21");
        JsonNode after = show("a1").get("duties");
        assertThat(after.get(0).get("done").asText()).isEqualTo("2026-03-12");
        assertThat(after.get(1).get("done").asText()).isEqualTo("2026-03-20");
        JsonNode cleared = JSON.readTree(on("2026-03-25", "todo", "--as-of", "2026-03-25", "--format", "json").out());
        cleared.get("items").forEach(i -> {
            if (i.get("absence").asText().equals("a1")) {
                assertThat(i.get("type").asText()).isNotIn("RETURN_NOT_RECORDED", "REPORT_OVERDUE");
            }
        });
    }

    @Test
    void aHegangScenarioImportedIntoANewDatabaseIsFollowedByHegangsRules() throws Exception {
        Path scenario = Files.writeString(home.resolve("hegang-office.json"), Files.readString(Path.of(OFFICE),
                StandardCharsets.UTF_8).replace("\"rulebook\": \"wuhan\"", "\"rulebook\": \"hegang\""),
                StandardCharsets.UTF_8);
        db = home.resolve("new.db").toString();
        CheckJarIT.Result imported = CheckJarIT.run(home, "--db", db, "import", scenario.toString());
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isZero();

        // the same chain `check` gives for the scenario: 第五十二条（二）, owing 销假 and a written report
        JsonNode a1 = show("a1");
        List<String> chain = new ArrayList<>();
        a1.get("chain").forEach(s -> chain.add(s.get("action").asText() + " " + s.get("party").asText() + " "
                + s.get("article").asText()));
        assertThat(chain).containsExactly("APPROVE SUPERVISING_VICE_MAYOR 鹤政发〔2017〕2号 第五十二条（二）",
                "APPROVE MAYOR 鹤政发〔2017〕2号 第五十二条（二）");
        assertThat(a1.get("duties")).extracting(d -> d.get("duty").asText())
                .containsExactly("CANCEL_LEAVE", "WRITTEN_REPORT");
    }

    @Test
    void aDatabaseAWindowHoldsOpenIsRefusedForChangesButStillShown() throws Exception {
        JsonNode before = show("a1");
        try (Database window = Database.open(Path.of(db), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF))) {
            for (String[] change : List.of(
                    new String[] {"cancel", "a1", "--reason", "x"},
                    new String[] {"step", "a1", "1", "--done", "--on", "2026-03-03"},
                    new String[] {"depart", "a1", "--on", "2026-03-05"},
                    new String[] {"amend", "a1", "--from", "src/test/resources/lifecycle/amended-a1.json",
                            "--reason", "x"})) {
                CheckJarIT.Result result = on("2026-03-05", change);
                assertThat(result.status()).as(change[0]).isEqualTo(2);
                assertThat(result.out()).isEmpty();
                assertThat(result.err().strip().lines()).singleElement()
                        .satisfies(line -> assertThat(line).contains("LeaveDesk"));
            }
            assertThat(show("a1")).isEqualTo(before);
            assertThat(on("2026-03-05", "todo", "--as-of", "2026-03-05").status()).isZero();
        }
    }

    @Test
    void aMissingDatabaseIsRefusedAndNotCreated() throws Exception {
        Path missing = home.resolve("nowhere.db");
        CheckJarIT.Result result = CheckJarIT.run(home, "--db", missing.toString(), "cancel", "a1", "--reason", "x");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere.db");
        assertThat(missing).doesNotExist();
    }
}
