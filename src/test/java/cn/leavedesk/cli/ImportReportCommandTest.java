package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.store.Database;
import cn.leavedesk.store.DataFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code import} and {@code report} on real SQLite files, in-process. */
class ImportReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ROSTER = """
            编号,姓名,职务,分管领域,分管副市长,任期开始,任期结束
            m,王某,市长,,,2022-01-10,2027-01-09
            v1,李某,副市长,外事、商务,,2022/1/10,2027/1/9
            d1,赵某,局长,,v1,,
            zz,孙某,区长,,,,
            """;

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("leavedesk.db").toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private JsonNode report(int year) throws IOException {
        CliRun run = CliRun.of("--db", db(), "report", "--year", Integer.toString(year), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        return JSON.readTree(run.out());
    }

    private static JsonNode person(JsonNode report, String id) {
        for (JsonNode p : report.get("people")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no " + id + " in " + report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hegang-department-head-out-of-province", "wuhan-department-head-ordinary-week",
            "wuhan-mayor-abroad-two-countries"})
    void eachSharedExampleImportsIntoTheReportItDescribes(String example) throws IOException {
        CliRun imported = CliRun.of("--db", db(), "import", "src/test/resources/examples/" + example + ".json");
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("已导入 4 人、1 条外出记录");

        CliRun run = CliRun.of("--db", db(), "report", "--year", "2026", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode expected = JSON.readTree(Path.of("src/test/resources/reports/" + example + ".report-2026.json").toFile());
        assertThat(JSON.readTree(run.out())).isEqualTo(expected);
    }

    @Test
    void reportJsonHasTheContractFieldsInTheContractOrder() throws IOException {
        CliRun.of("--db", db(), "import", "src/test/resources/examples/wuhan-mayor-abroad-two-countries.json");

        JsonNode mayor = person(report(2026), "m");

        assertThat(mayor.fieldNames()).toIterable()
                .containsExactly("id", "name", "role", "absences", "daysAway", "tripsAbroad");
    }

    @Test
    void importingTheSameFileTwiceIsRefusedAndNothingIsDuplicated() throws IOException {
        Path roster = write("roster.csv", ROSTER);
        Path absences = write("absences.csv", """
                id,person,kind,scope,filed,depart,return
                a1,d1,出差,省外,2026-06-01,2026-06-03,2026-06-05
                """);
        assertThat(CliRun.of("--db", db(), "import", roster.toString(), absences.toString()).status()).isZero();
        JsonNode before = report(2026);

        CliRun again = CliRun.of("--db", db(), "import", roster.toString(), absences.toString());

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("roster.csv: 人员编号 m 已在数据库中")
                .contains("absences.csv: 外出记录编号 a1 已在数据库中");
        assertThat(report(2026)).isEqualTo(before);
        assertThat(person(before, "d1").get("absences").get("BUSINESS_TRIP").asInt()).isEqualTo(1);
    }

    @Test
    void aCsvWithBadRowsListsEveryOneOfThemAndLeavesTheDatabaseAsItWas() throws IOException {
        assertThat(CliRun.of("--db", db(), "import", write("roster.csv", ROSTER).toString()).status()).isZero();
        Path good = write("good.csv", """
                id,person,kind,scope,depart,return
                g1,d1,出差,省外,2026-03-02,2026-03-04
                """);
        Path bad = write("absences.csv", """
                id,person,kind,scope,depart,return
                a1,d1,出差,省外,2026-06-03,2026-06-05
                a2,nobody,出差,省外,2026-06-03,2026-06-05

                a3,d1,度假,省外,2026-06-03,2026-06-05
                a4,m,休假,省内,2026-06-10,2026-06-08
                """);
        JsonNode before = report(2026);

        CliRun run = CliRun.of("--db", db(), "import", good.toString(), bad.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(3);
        assertThat(run.err().lines().toList().get(0)).startsWith("absences.csv row 3 [person]: ").contains("nobody");
        assertThat(run.err().lines().toList().get(1)).startsWith("absences.csv row 5 [kind]: ").contains("度假");
        assertThat(run.err().lines().toList().get(2)).startsWith("absences.csv row 6 [return]: ");
        assertThat(report(2026)).isEqualTo(before);
    }

    @Test
    void aGbkCsvFromExcelOnChineseWindowsImports() throws IOException {
        Path roster = dir.resolve("花名册.csv");
        Files.write(roster, ROSTER.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
        Path absences = dir.resolve("外出登记.csv");
        Files.write(absences, """
                编号,人员,类型,范围,报备日期,出发日期,返回日期,目的地
                a1,赵某,出差,省外,2026年6月1日,2026年6月3日,2026年6月5日,上海
                """.getBytes(Charset.forName("GBK")));

        CliRun run = CliRun.of("--db", db(), "import", absences.toString(), roster.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        JsonNode d1 = person(report(2026), "d1");
        assertThat(d1.get("name").asText()).isEqualTo("赵某");
        assertThat(d1.get("daysAway").asInt()).isEqualTo(3);
    }

    @Test
    void xlsxRosterAndAbsencesImport() throws IOException {
        Path roster = dir.resolve("花名册.xlsx");
        try (OutputStream out = Files.newOutputStream(roster)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            row(sheet, 0, "编号", "姓名", "职务", "任期开始", "任期结束");
            row(sheet, 1, "m", "王某", "市长", LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
            row(sheet, 2, "d1", "赵某", "局长", null, null);
            workbook.finish();
        }
        Path absences = dir.resolve("外出.xlsx");
        try (OutputStream out = Files.newOutputStream(absences)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            row(sheet, 0, "编号", "人员", "类型", "范围", "出发日期", "返回日期", "行程");
            row(sheet, 1, "x1", "m", "出访", "境外", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 6), "DE;AE:transit");
            row(sheet, 2, "x2", "d1", "休假", "省内", "2026/10/8", "2026/10/9", null);
            workbook.finish();
        }

        CliRun run = CliRun.of("--db", db(), "import", roster.toString(), absences.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        JsonNode report = report(2026);
        assertThat(person(report, "m").get("tripsAbroad").asInt()).isEqualTo(1);
        assertThat(person(report, "m").get("daysAway").asInt()).isEqualTo(6);
        assertThat(person(report, "d1").get("absences").get("LEAVE").asInt()).isEqualTo(1);
    }

    @Test
    void aTripAcrossNewYearCountsInItsDepartureYearAndItsDaysInTheYearsTheyFallIn() throws IOException {
        write("roster.csv", ROSTER);
        write("absences.csv", """
                id,person,kind,scope,depart,return,stops
                ny,m,出访,境外,2025-12-29,2026-01-03,DE
                """);

        CliRun run = CliRun.of("--db", db(), "import", dir.resolve("roster.csv").toString(),
                dir.resolve("absences.csv").toString());

        assertThat(run.status()).isZero();
        JsonNode in2025 = person(report(2025), "m");
        assertThat(in2025.get("absences").get("OFFICIAL_VISIT").asInt()).isEqualTo(1);
        assertThat(in2025.get("daysAway").asInt()).isEqualTo(3);
        assertThat(in2025.get("tripsAbroad").asInt()).isEqualTo(1);
        JsonNode in2026 = person(report(2026), "m");
        assertThat(in2026.get("absences").size()).isZero();
        assertThat(in2026.get("daysAway").asInt()).isEqualTo(3);
        assertThat(in2026.get("tripsAbroad").asInt()).isZero();
    }

    @Test
    void cancelledAbsencesCountNowhereAndEveryoneOnTheRosterIsListedById() throws IOException {
        write("roster.csv", ROSTER);
        write("absences.csv", """
                id,person,kind,scope,status,depart,return
                c1,d1,出差,省外,已取消,2026-06-03,2026-06-05
                c2,d1,休假,省内,有效,2026-07-01,2026-07-02
                """);

        CliRun.of("--db", db(), "import", dir.resolve("roster.csv").toString(), dir.resolve("absences.csv").toString());

        JsonNode report = report(2026);
        assertThat(report.get("year").asInt()).isEqualTo(2026);
        assertThat(report.get("people").findValuesAsText("id")).containsExactly("d1", "m", "v1", "zz");
        JsonNode d1 = person(report, "d1");
        assertThat(d1.get("absences")).isEqualTo(JSON.readTree("{\"LEAVE\": 1}"));
        assertThat(d1.get("daysAway").asInt()).isEqualTo(2);
        JsonNode zz = person(report, "zz");
        assertThat(zz.get("absences").size()).isZero();
        assertThat(zz.get("daysAway").asInt()).isZero();
        assertThat(zz.get("role").asText()).isEqualTo("DISTRICT_HEAD");
    }

    @Test
    void aHeaderOfNeitherTableAsksWhichItIsAndTheFlagsSettleIt() throws IOException {
        write("roster.csv", ROSTER);
        Path odd = write("odd.csv", """
                编号,人员
                a1,d1
                """);

        CliRun run = CliRun.of("--db", db(), "import", dir.resolve("roster.csv").toString(), odd.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("odd.csv: ").contains("--roster").contains("--absences");

        CliRun declared = CliRun.of("--db", db(), "import", "--absences", odd.toString());
        assertThat(declared.status()).isEqualTo(2);
        // the kind may be supplied in the client's preview, so the dates are what the header must have
        assertThat(declared.err()).contains("odd.csv row 1").contains("出发日期");
    }

    @Test
    void reportAsCsvWritesEveryKindAsAColumn() throws IOException {
        CliRun.of("--db", db(), "import", "src/test/resources/examples/wuhan-mayor-abroad-two-countries.json");

        CliRun run = CliRun.of("--db", db(), "report", "--year", "2026", "--format", "csv");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "year,id,name,role,BUSINESS_TRIP,OFFICIAL_VISIT,LEAVE,OTHER_ABSENCE,MEETING_ABSENCE,daysAway,tripsAbroad",
                "2026,d7,局长丁,DEPARTMENT_HEAD,0,0,0,0,0,0,0",
                "2026,ev,常务副市长乙,EXECUTIVE_VICE_MAYOR,0,0,0,0,0,0,0",
                "2026,m,市长甲,MAYOR,0,1,0,0,0,8,1",
                "2026,v2,副市长丙,VICE_MAYOR,0,0,0,0,0,0,0");
    }

    @Test
    void aDatabaseOpenInAnotherWindowRefusesTheImportWithTheStoresMessage() throws IOException {
        Path roster = write("roster.csv", ROSTER);
        try (Database other = Database.open(Path.of(db()))) {
            CliRun run = CliRun.of("--db", db(), "import", roster.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).contains("正被另一个 LeaveDesk 窗口使用").doesNotContain("\n")
                    .doesNotContain("Exception");
            assertThat(other.people().all()).isEmpty();
        }
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() {
        assertThat(CliRun.of("--db", db(), "import").status()).isEqualTo(2);
        CliRun year = CliRun.of("--db", db(), "report", "--year", "next");
        assertThat(year.status()).isEqualTo(2);
        assertThat(year.err().strip()).contains("--year").doesNotContain("\n");
        CliRun format = CliRun.of("--db", db(), "report", "--format", "xml");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.out()).isEmpty();
    }

    @Test
    void reportOnADatabaseThatDoesNotExistSaysSoAndCreatesNothing() {
        CliRun run = CliRun.of("--db", db(), "report", "--year", "2026");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("leavedesk.db");
        assertThat(Files.exists(Path.of(db()))).isFalse();
    }

    @Test
    void withoutDbTheDefaultDatabaseOfTheDataFolderIsUsed() throws IOException {
        Path home = dir.resolve("home");
        String previous = System.getProperty(DataFolder.HOME_PROPERTY);
        System.setProperty(DataFolder.HOME_PROPERTY, home.toString());
        try {
            CliRun run = CliRun.of("import", "src/test/resources/examples/wuhan-department-head-ordinary-week.json");

            assertThat(run.status()).isZero();
            assertThat(new cn.leavedesk.AppPaths(home).databaseFile()).exists();
            CliRun report = CliRun.of("report", "--year", "2026");
            assertThat(JSON.readTree(report.out()).get("people")).hasSize(4);
        } finally {
            if (previous == null) {
                System.clearProperty(DataFolder.HOME_PROPERTY);
            } else {
                System.setProperty(DataFolder.HOME_PROPERTY, previous);
            }
        }
    }

    static void row(Worksheet sheet, int r, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            if (cell instanceof LocalDate date) {
                sheet.value(r, c, date);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            } else if (cell instanceof String text) {
                sheet.value(r, c, text);
            } else if (cell instanceof Number number) {
                sheet.value(r, c, number);
            }
        }
    }
}
