package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Encodings decided by strict decoding, and control characters in cells: refused naming row and column. */
class HostileTextFilesTest {
    private static final List<Person> ROSTER = List.of(Person.of("s1", "孙某", Role.DEPARTMENT_HEAD));
    private static final String HEADER = "编号,姓名,类型,范围,出发日期,返回日期,目的地";

    @TempDir
    Path dir;

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneInvalidByteInAUtf8FileIsRefusedNamingItsRowNotReadAsGarbledGb18030() {
        byte[] file = bytes(utf8(HEADER + "\r\na1,孙某,出差,省外,2026-06-01,2026-06-02,上海\r\n"
                        + "a2,孙某,出差,省外,2026-07-01,2026-07-02,北京"), new byte[] {(byte) 0xFF},
                utf8("\r\na3,孙某,出差,省外,2026-08-01,2026-08-02,广州\r\n"));
        Path csv = TestFiles.write(dir.resolve("absences.csv"), file);

        ImportBatch batch = AbsenceCsv.read(csv, ROSTER);

        assertThat(batch.absences()).isEmpty();
        assertThat(batch.errors()).extracting(RowError::row, RowError::problem)
                .containsExactly(tuple(3, RowProblem.ENCODING_DAMAGED_UTF8));
        assertThat(batch.errors().get(0).describe()).startsWith("absences.csv 第3行：");
    }

    @Test
    void aTruncatedUtf8CharacterIsAlsoDamageNotGb18030() {
        byte[] sun = utf8("孙");
        // the first two bytes of 孙 followed by a comma: valid GB18030, broken UTF-8
        byte[] file = bytes(utf8(HEADER + "\r\na1,孙某,出差,省外,2026-06-01,2026-06-02,上海\r\na2,"),
                new byte[] {sun[0], sun[1]}, utf8(",出差,省外,2026-07-01,2026-07-02,北京\r\n"));

        assertThatThrownBy(() -> TextDecoding.decode(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.row()).contains(3));
    }

    @Test
    void aUtf8FileWithBomAndABadByteIsRefused() {
        byte[] file = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("编号\n"),
                new byte[] {(byte) 0xC3, 'x'});

        assertThatThrownBy(() -> TextDecoding.decode(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(RowProblem.ENCODING_DAMAGED_UTF8);
                    assertThat(e.row()).contains(2);
                });
    }

    @Test
    void aGbkFileStillReadsWhenItIsGbkThroughout() {
        Path csv = TestFiles.gbk(dir, "gbk.csv", HEADER, "a1,孙某,出差,省外,2026-06-01,2026-06-02,上海");

        ImportBatch batch = AbsenceCsv.read(csv, ROSTER);

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.absences()).extracting(Absence::personId, a -> a.destination().orElseThrow())
                .containsExactly(tuple("s1", "上海"));
    }

    @Test
    void bytesValidInNeitherEncodingAreRefusedNamingTheFirstBadRow() {
        byte[] gbk = (HEADER + "\r\na1,孙某,出差,省外,2026-06-01,2026-06-02,上海\r\n").getBytes(TestFiles.GBK);
        // 0x80 and 0xFF start nothing in GB18030, and GBK is no UTF-8
        byte[] file = bytes(gbk, new byte[] {'a', '2', ',', (byte) 0x80, (byte) 0xFF}, "\r\n".getBytes());
        Path csv = TestFiles.write(dir.resolve("neither.csv"), file);

        ImportBatch batch = AbsenceCsv.read(csv, ROSTER);

        assertThat(batch.errors()).extracting(RowError::row, RowError::problem)
                .containsExactly(tuple(3, RowProblem.ENCODING_UNKNOWN));
        assertThat(batch.errors().get(0).reason(java.util.Locale.ENGLISH)).contains("neither valid UTF-8");
    }

    @Test
    void aScenarioWithOneInvalidByteIsRefusedNamingTheLine() {
        byte[] json = bytes(utf8("{\"rulebook\": \"wuhan\",\n\"people\": [{\"id\": \"s1\", \"name\": \"孙某"),
                new byte[] {(byte) 0xFF}, utf8("\", \"role\": \"MAYOR\"}]}\n"));
        Path file = TestFiles.write(dir.resolve("scenario.json"), json);

        assertThatThrownBy(() -> ScenarioJson.read(file)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.getMessage()).startsWith("line 2: ").contains("UTF-8"));
    }

    @Test
    void nulAndOtherControlCharactersInCellsAreRefusedWithRowAndColumn() {
        Path csv = TestFiles.utf8(dir, "nul.csv", HEADER,
                "a1,孙某,出差,省外,2026-06-01,2026-06-02,上\u0000海",
                "a2,孙某,出差,省外,2026-07-01,2026-07-02,\"北京\n朝阳\"",
                "a3\u001b,孙某,出差,省外,2026-08-01,2026-08-02,广州\t天河");

        ImportBatch batch = AbsenceCsv.read(csv, ROSTER);

        assertThat(batch.errors()).extracting(RowError::row, RowError::column, RowError::problem, RowError::args)
                .containsExactly(
                        tuple(2, "目的地", RowProblem.CONTROL_CHARACTER, List.of("U+0000")),
                        tuple(4, "编号", RowProblem.CONTROL_CHARACTER, List.of("U+001B")));
        assertThat(batch.absences()).extracting(Absence::id).containsExactly("a2"); // a line break is legitimate
    }

    @Test
    void aControlCharacterInAScenarioStringIsRefusedByPath() {
        String json = "{\"rulebook\": \"wuhan\", \"people\": [{\"id\": \"s\\u0000\", \"role\": \"MAYOR\"}]}";

        assertThatThrownBy(() -> ScenarioJson.parse(json)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.getMessage()).startsWith("people[0].id: ").contains("U+0000"));
    }

    @Test
    void datesOutsideTheYears1949To2100AreRefusedNamingTheCell() {
        Path csv = TestFiles.utf8(dir, "years.csv", HEADER,
                "a1,孙某,出差,省外,0000-01-01,2026-06-02,上海",
                "a2,孙某,出差,省外,2026-06-01,9999-12-31,上海",
                "a3,孙某,出差,省外,1948-12-31,2026-06-02,上海",
                "a4,孙某,出差,省外,1949-01-01,2100-12-31,上海",
                "a5,孙某,出差,省外,2026-06-01,2101年1月1日,上海");

        ImportBatch batch = AbsenceCsv.read(csv, ROSTER);

        assertThat(batch.errors()).extracting(RowError::row, RowError::column, RowError::problem)
                .containsExactly(
                        tuple(2, "出发日期", RowProblem.DATE_OUT_OF_RANGE),
                        tuple(3, "返回日期", RowProblem.DATE_OUT_OF_RANGE),
                        tuple(4, "出发日期", RowProblem.DATE_OUT_OF_RANGE),
                        tuple(6, "返回日期", RowProblem.DATE_OUT_OF_RANGE));
        assertThat(batch.errors().get(1).reason()).isEqualTo("日期“9999-12-31”不在可接受的范围内（1949-01-01 至 2100-12-31）");
        assertThat(batch.absences()).extracting(Absence::id).containsExactly("a4");
    }

    @Test
    void excelSerialsOutsideTheRangeAreRefusedWithoutOverflow() {
        for (String serial : List.of("1", "1E+300", "2958465", "-5")) {
            Cell cell = Cell.number(new java.math.BigDecimal(serial));
            assertThatThrownBy(() -> DateText.parse(cell)).as(serial).isInstanceOf(ProblemException.class);
        }
        assertThat(DateText.parse(Cell.number(new java.math.BigDecimal("46115")))).isEqualTo("2026-04-03");
    }

    @Test
    void aScenarioDateInYear9999IsRefused() {
        String json = "{\"rulebook\": \"wuhan\", \"people\": [{\"id\": \"m\", \"role\": \"MAYOR\"}], "
                + "\"history\": [{\"id\": \"h\", \"person\": \"m\", \"kind\": \"LEAVE\", "
                + "\"scope\": \"WITHIN_CITY\", \"depart\": \"2026-01-01\", \"return\": \"9999-01-01\"}]}";

        assertThatThrownBy(() -> ScenarioJson.parse(json)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.getMessage()).startsWith("history[0].return: ").contains("range"));
    }

    @Test
    void unknownColumnsAndDataUnderNoHeaderAreErrorsNotDropped() {
        Path unknown = TestFiles.utf8(dir, "unknown.csv", HEADER + ",出行方式",
                "a1,孙某,出差,省外,2026-06-01,2026-06-02,上海,高铁");
        Path headless = TestFiles.utf8(dir, "headless.csv", HEADER + ",,备注",
                "a1,孙某,出差,省外,2026-06-01,2026-06-02,上海,高铁,无",
                "a2,孙某,出差,省外,2026-07-01,2026-07-02,上海,,无,多出");

        ImportBatch unknownBatch = AbsenceCsv.read(unknown, ROSTER);
        ImportBatch headlessBatch = AbsenceCsv.read(headless, ROSTER);

        assertThat(unknownBatch.errors()).extracting(RowError::row, RowError::column, RowError::problem)
                .containsExactly(tuple(1, "出行方式", RowProblem.UNKNOWN_COLUMN));
        assertThat(headlessBatch.errors()).extracting(RowError::row, RowError::column, RowError::problem)
                .containsExactly(tuple(2, "H", RowProblem.DATA_WITHOUT_HEADER),
                        tuple(3, "J", RowProblem.DATA_WITHOUT_HEADER));
        assertThat(headlessBatch.absences()).isEmpty();
    }

    @Test
    void englishAndChineseHeaderAliasesStillWork() {
        Path english = TestFiles.utf8(dir, "english.csv", "ID,Person,KIND,scope,depart,Return,destination",
                "a1,孙某,出差,省外,2026-06-01,2026-06-02,上海");
        Path chinese = TestFiles.utf8(dir, "chinese.csv", "记录编号,人员编号,外出类型,外出范围,出发日期,返回日期,目的地*",
                "a1,s1,BUSINESS_TRIP,outside province,2026-06-01,2026-06-02,上海");

        assertThat(AbsenceCsv.read(english, ROSTER).errors()).isEmpty();
        assertThat(AbsenceCsv.read(chinese, ROSTER).errors()).isEmpty();
        assertThat(AbsenceCsv.read(chinese, ROSTER).absences()).hasSize(1);
    }

    @Test
    void anEndlessCellIsRefusedBeforeItFillsMemory() {
        String endless = "a".repeat(BoundedLines.MAX_LINE + 10);
        Path csv = TestFiles.utf8(dir, "endless.csv", HEADER, "a1,孙某,出差,省外,2026-06-01,2026-06-02,上海",
                "a2,孙某,出差,省外,2026-06-01,2026-06-02,\"" + endless);

        ImportBatch batch = AbsenceCsv.read(csv, ROSTER);

        assertThat(batch.errors()).extracting(RowError::row, RowError::problem)
                .containsExactly(tuple(3, RowProblem.CSV_LINE_TOO_LONG));
    }
}
