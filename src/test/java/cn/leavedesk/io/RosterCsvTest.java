package cn.leavedesk.io;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RosterCsvTest {
    @TempDir
    Path dir;

    @Test
    void englishHeadersAndCodesInUtf8() {
        Path file = TestFiles.utf8(dir, "roster.csv",
                "id,name,role,portfolios,supervisor,term_start,term_end,contact",
                "m,王某,MAYOR,,,2022-01-10,2027-01-09,13900000000",
                "v1,李某,VICE_MAYOR,FOREIGN_AFFAIRS;COMMERCE,,2022/1/10,2027.1.9,",
                "d1,赵某,DEPARTMENT_HEAD,,v1,,,");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people()).extracting(Person::id).containsExactly("m", "v1", "d1");
        Person vice = batch.people().get(1);
        assertThat(vice.portfolios()).containsExactly("FOREIGN_AFFAIRS", "COMMERCE");
        assertThat(vice.term()).contains(new Term(LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9)));
        assertThat(batch.people().get(2).supervisor()).contains("v1");
    }

    @Test
    void chineseHeadersAndLabelsInGbkAsExcelSavesThem() {
        Path file = TestFiles.gbk(dir, "花名册.csv",
                "编号,姓名,职务,分管领域,分管副市长,任期开始,任期结束,联系方式",
                "m,王某某,市长,,,2022-01-10,2027-01-09,",
                "ev,钱某,常务副市长,,,,,",
                "v1,孙某,副市长,外事、商务、交通,,,,",
                "d1,欧阳某,局长,,孙某,,,",
                "x1,周某,县区政府主要负责人,,v1,,,");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people()).extracting(Person::role).containsExactly(
                Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR, Role.DEPARTMENT_HEAD, Role.DISTRICT_HEAD);
        assertThat(batch.people().get(0).name()).isEqualTo("王某某");
        assertThat(batch.people().get(2).portfolios()).containsExactly("FOREIGN_AFFAIRS", "COMMERCE", "交通");
        assertThat(batch.people().get(3).supervisor()).as("supervisor given by name").contains("v1");
    }

    @Test
    void utf8BomFileWithMixedHeaders() {
        Path file = TestFiles.utf8Bom(dir, "roster.csv",
                "编号,name,职务*,supervisor",
                "s,吴某,秘书长,",
                "o,郑某,办公室主任,");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people()).extracting(Person::role)
                .containsExactly(Role.SECRETARY_GENERAL, Role.OFFICE_DIRECTOR);
    }

    @Test
    void supervisorMayBeDeclaredLaterInTheFileOrAlreadyStored() {
        Path file = TestFiles.utf8(dir, "roster.csv",
                "id,name,role,supervisor",
                "d1,赵某,DEPARTMENT_HEAD,v1",
                "d2,钱某,DEPARTMENT_HEAD,v9",
                "v1,李某,VICE_MAYOR,");

        ImportBatch batch = RosterCsv.read(file, List.of(Person.of("v9", "已有副市长", Role.VICE_MAYOR)));

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people()).extracting(Person::supervisor)
                .containsExactly(Optional.of("v1"), Optional.of("v9"), Optional.empty());
    }

    @Test
    void missingRequiredColumnIsOneFileLevelErrorNamingIt() {
        Path file = TestFiles.utf8(dir, "roster.csv",
                "id,name,portfolios",
                "m,王某,",
                "v1,李某,");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.people()).isEmpty();
        assertThat(batch.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("roster.csv");
            assertThat(error.row()).isEqualTo(1);
            assertThat(error.reason()).contains("职务").contains("role");
        });
    }

    @Test
    void unknownAndDuplicatedColumnsAreRefusedButSerialNumbersIgnored() {
        Path file = TestFiles.utf8(dir, "roster.csv",
                "序号,id,姓名,name,role,rank",
                "1,m,王某,王某,MAYOR,1");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.errors()).extracting(RowError::column).containsExactly("name", "rank");
        assertThat(batch.errors()).allSatisfy(error -> assertThat(error.row()).isEqualTo(1));
    }

    @Test
    void everyBadRowIsReportedWithItsExcelRowNumberAndColumn() {
        Path file = TestFiles.utf8(dir, "roster.csv",
                "id,name,role,supervisor,term_start,term_end",
                "m,王某,MAYOR,,2022-01-10,2027-01-09",
                "v1,李某,MAJOR,,2022-02-30,2027-01-09",
                "",
                "d1,赵某,DEPARTMENT_HEAD,nobody,,",
                "m,钱某,VICE_MAYOR,,2027-01-09,2022-01-10",
                ",,VICE_MAYOR,,2022-01-10,");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.people()).extracting(Person::id).containsExactly("m");
        assertThat(batch.errors()).extracting(RowError::row, RowError::column).containsExactlyInAnyOrder(
                tuple(3, "role"),
                tuple(3, "term_start"),
                tuple(6, "id"),
                tuple(6, "term_end"),
                tuple(7, "id"),
                tuple(7, "name"),
                tuple(7, "term_end"),
                tuple(5, "supervisor"));
        assertThat(reason(batch, 3, "role")).contains("MAJOR").contains("市长");
        assertThat(reason(batch, 3, "term_start")).contains("2022-02-30").contains("不存在");
        assertThat(reason(batch, 6, "id")).contains("第2行重复");
        assertThat(reason(batch, 6, "term_end")).contains("早于");
        assertThat(reason(batch, 5, "supervisor")).contains("nobody");
    }

    @Test
    void emptyFileIsAnError() {
        Path file = TestFiles.utf8(dir, "empty.csv");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(RowError.WHOLE_FILE);
            assertThat(error.reason()).contains("文件为空");
            assertThat(error.describe()).startsWith("empty.csv：");
        });
    }

    @Test
    void headerOnlyFileIsAnError() {
        Path file = TestFiles.utf8(dir, "header.csv", "编号,姓名,职务", "", ",,");

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.errors()).singleElement().extracting(RowError::reason).asString().contains("没有数据行");
    }

    @Test
    void missingFileIsReportedNotThrown() {
        ImportBatch batch = RosterCsv.read(dir.resolve("absent.csv"), List.of());

        assertThat(batch.errors()).singleElement().extracting(RowError::row).isEqualTo(RowError.WHOLE_FILE);
    }

    private static String reason(ImportBatch batch, int row, String column) {
        Optional<RowError> error = batch.errors().stream()
                .filter(e -> e.row() == row && e.column().equals(column)).findFirst();
        return error.orElseThrow().reason();
    }
}
