package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}, {@code export} and {@code check} refusing hostile or broken files: exit 2, one line each. */
class HostileImportCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("leavedesk.db").toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void roster() throws IOException {
        CliRun run = CliRun.of("--db", db(), "import", write("roster.csv", ImportReportCommandTest.ROSTER).toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void importErrorsAreWordedInEnglishWithLangEn() throws IOException {
        roster();
        Path bad = write("absences.csv", """
                id,person,kind,scope,depart,return
                a2,nobody,出差,省外,2026-06-03,2026-06-05
                a4,m,休假,省内,2026-06-10,2026-06-08
                """);

        CliRun english = CliRun.of("--lang", "en", "--db", db(), "import", bad.toString());
        CliRun chinese = CliRun.of("--db", db(), "import", bad.toString());

        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err().lines()).containsExactly(
                "absences.csv row 2 [person]: no one on the roster is \"nobody\"; give a roster id or name",
                "absences.csv row 3 [return]: return date 2026-06-08 is before departure date 2026-06-10");
        assertThat(chinese.err().lines()).containsExactly(
                "absences.csv row 2 [person]: 找不到人员“nobody”，请填写花名册中的编号或姓名",
                "absences.csv row 3 [return]: 返回日期 2026-06-08 早于出发日期 2026-06-10");
    }

    @Test
    void langEnImportSaysEveryRowProblemAndTheCommandsOwnLinesInEnglish() throws IOException {
        Path roster = write("roster.csv", """
                编号,姓名,职务
                m,王某,市长
                x,钱某,县太爷
                """);
        Path absences = write("absences.csv", """
                编号,人员,类型,范围,出发日期,返回日期
                a1,m,出差,省外,2026年2月30日,2026-03-02
                a2,m,出差,省外,2026-03-05,2026.3.6
                """);

        CliRun english = CliRun.of("--lang", "en", "--db", db(), "import", roster.toString(), absences.toString());
        CliRun chinese = CliRun.of("--db", db(), "import", roster.toString(), absences.toString());
        CliRun noFile = CliRun.of("--lang", "en", "--db", db(), "import");

        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err().lines()).containsExactly(
                "roster.csv row 3 [职务]: unknown value \"县太爷\" in column 职务; accepted: 市长、常务副市长、副市长、秘书长、副秘书长、"
                        + "党组成员、办公室主任、部门主要负责人、县区政府主要负责人 (or MAYOR, EXECUTIVE_VICE_MAYOR, VICE_MAYOR,"
                        + " SECRETARY_GENERAL, DEPUTY_SECRETARY_GENERAL, PARTY_GROUP_MEMBER, OFFICE_DIRECTOR, DEPARTMENT_HEAD,"
                        + " DISTRICT_HEAD)",
                "absences.csv row 2 [出发日期]: the date \"2026年2月30日\" does not exist");
        assertThat(chinese.err().lines()).element(1).isEqualTo("absences.csv row 2 [出发日期]: 日期“2026年2月30日”不存在");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err().strip())
                .isEqualTo("import: at least one file is required, e.g. leavedesk import roster.csv absences.xlsx");
        assertThat(CliRun.of("--db", db(), "import").err().strip())
                .isEqualTo("import：至少需要一个文件，例如 leavedesk import roster.csv absences.xlsx");
    }

    @Test
    void aScenarioFilesOwnProblemIsWordedInTheClerksLanguageToo() throws IOException {
        Path scenario = write("scenario.json", """
                {"rulebook": "wuhan", "people": [{"id": "m", "role": "MAYOR"}],
                 "history": [{"id": "a1", "person": "m", "kind": "LEAVE", "scope": "WITHIN_CITY",
                              "depart": "2026-03-05", "return": "2026-03-01"}]}
                """);

        CliRun english = CliRun.of("--lang", "en", "--db", db(), "import", scenario.toString());
        CliRun chinese = CliRun.of("--db", db(), "import", scenario.toString());

        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err().strip())
                .isEqualTo("scenario.json: scenario file: history[0].return: before departure 2026-03-05");
        assertThat(chinese.err().strip()).isEqualTo("scenario.json: 场景文件有误：history[0].return：早于出发日期 2026-03-05");
    }

    @Test
    void exportRefusesToOverwriteUnlessForced() throws IOException {
        roster();
        Path out = write("register.csv", "precious");

        CliRun refused = CliRun.of("--db", db(), "export", "--what", "register", "--out", out.toString());
        CliRun refusedEnglish = CliRun.of("--lang", "en", "--db", db(), "export", "--what", "register", "--out",
                out.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).contains("已存在").contains("--force").doesNotContain("\n");
        assertThat(refusedEnglish.err().strip()).isEqualTo("export: " + out + " already exists; add --force to replace it");
        assertThat(Files.readString(out)).isEqualTo("precious");

        CliRun forced = CliRun.of("--db", db(), "export", "--what", "register", "--out", out.toString(), "--force");

        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).contains("编号");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void checkWithARulebookThatIsNoRulebookNeverQuotesTheFile() throws IOException {
        Path secret = write("secret.txt", "root:x:0:0:root:/root:/bin/bash\nSECRET-LINE\n");
        Path json = write("other.json", "{\"password\": \"SECRET-LINE\"}");
        for (Path target : new Path[] {Path.of("/etc/passwd"), secret, json}) {
            Path scenario = write("s.json", """
                    {"rulebook": "%s", "people": [{"id": "m", "role": "MAYOR"}],
                     "request": {"id": "r", "person": "m", "kind": "LEAVE", "scope": "WITHIN_CITY",
                                 "depart": "2026-06-01", "return": "2026-06-02"}}
                    """.formatted(target));

            CliRun run = CliRun.of("--lang", "en", "check", scenario.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).isEqualTo("rulebook: " + target + " is not a rulebook");
        }
    }

    @Test
    void anOfficeRegisterWithoutKindAndScopeIsRefusedNamingTheMissingColumns() throws IOException {
        roster();
        Path register = cn.leavedesk.service.OfficeRegisterFiles.xlsx(dir.resolve("外出登记表.xlsx"),
                cn.leavedesk.service.OfficeRegisterFiles.LINES);

        CliRun chinese = CliRun.of("--db", db(), "import", register.toString());
        CliRun english = CliRun.of("--lang", "en", "--db", db(), "import", register.toString());

        assertThat(chinese.status()).isEqualTo(2);
        assertThat(chinese.err().lines()).containsExactly(
                "外出登记表.xlsx row 3: 表头缺少必需的列：类型（kind）。请在文件中加上这一列，或在导入时为整列指定"
                        + "（客户端的导入预览；命令行 --kind、--scope）",
                "外出登记表.xlsx row 3: 表头缺少必需的列：范围（scope）。请在文件中加上这一列，或在导入时为整列指定"
                        + "（客户端的导入预览；命令行 --kind、--scope）");
        assertThat(english.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("外出登记表.xlsx row 3: the header lacks the required column "));
        assertThat(english.err()).contains("类型（kind）").contains("范围（scope）");
    }

    @Test
    void hostileXlsxFilesExitTwoWithOneLineNamingTheFile() throws IOException {
        roster();
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path notZip = write("fake.xlsx", "PK\u0003\u0004 but nothing else");

        for (Path file : new Path[] {empty, notZip}) {
            CliRun run = CliRun.of("--db", db(), "import", file.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith(file.getFileName() + ": ").doesNotContain("Exception"));
        }
    }

    @Test
    void kindAndScopeOnTheCommandLineFillTheMissingColumnsAndASecondImportIsRefused() throws IOException {
        roster();
        Path register = cn.leavedesk.service.OfficeRegisterFiles.xlsx(dir.resolve("外出登记表.xlsx"),
                cn.leavedesk.service.OfficeRegisterFiles.LINES.subList(0, 2));

        CliRun unknown = CliRun.of("--db", db(), "import", "--kind", "度假", register.toString());
        CliRun first = CliRun.of("--db", db(), "import", "--kind", "出差", "--scope", "省内", register.toString());
        CliRun again = CliRun.of("--lang", "en", "--db", db(), "import", "--kind", "出差", "--scope", "WITHIN_PROVINCE",
                register.toString());

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--kind").contains("度假").contains("出差");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("已导入 0 人、2 条外出记录");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().lines()).containsExactly(
                "外出登记表.xlsx row 4: this row was imported before (its generated id " + idIn(again.err(), 0)
                        + " is in the database) and cannot be imported again",
                "外出登记表.xlsx row 5: this row was imported before (its generated id " + idIn(again.err(), 1)
                        + " is in the database) and cannot be imported again");
    }

    private static String idIn(String err, int line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("imp-[0-9a-f]{16}")
                .matcher(err.lines().toList().get(line));
        assertThat(m.find()).isTrue();
        return m.group();
    }
}
