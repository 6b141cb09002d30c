package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Term;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class XlsxImportTest {
    private static final List<Person> ROSTER = List.of(
            Person.of("m", "王某", Role.MAYOR), Person.of("d1", "赵某", Role.DEPARTMENT_HEAD));

    @TempDir
    Path dir;

    @Test
    void rosterWithRealDateCellsAndNumericContacts() throws IOException {
        Path file = dir.resolve("花名册.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            row(sheet, 0, "编号", "姓名", "职务", "分管领域", "分管副市长", "任期开始", "任期结束", "联系方式");
            row(sheet, 1, "m", "王某", "市长", null, null, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9),
                    13900000000L);
            row(sheet, 2, "v1", "李某", "副市长", "外事", null, "2022/1/10", "2027-01-09", null);
            row(sheet, 3, "d1", "赵某", "部门主要负责人", null, "v1", null, null, null);
            workbook.finish();
        }

        ImportBatch batch = RosterXlsx.read(file, List.of());

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people()).extracting(Person::id, Person::role).containsExactly(
                tuple("m", Role.MAYOR), tuple("v1", Role.VICE_MAYOR), tuple("d1", Role.DEPARTMENT_HEAD));
        Term term = new Term(LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
        assertThat(batch.people().get(0).term()).contains(term);
        assertThat(batch.people().get(1).term()).contains(term);
        assertThat(batch.people().get(1).portfolios()).containsExactly("FOREIGN_AFFAIRS");
    }

    @Test
    void absencesRoundTripThroughTheRegisterExport() throws IOException {
        ExportTable table = new ExportTable(
                List.of("id", "person", "kind", "scope", "filed", "depart", "return", "contact", "stops"),
                List.of(Arrays.asList("a1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 5),
                                13900000000L, null),
                        Arrays.asList("a2", "王某", "出访", "境外", null, LocalDate.of(2026, 9, 1),
                                LocalDate.of(2026, 9, 8), "+86 139", "GB;AE:transit")));
        Path file = dir.resolve("absences.xlsx");
        RegisterExport.writeXlsx(table, file);

        ImportBatch batch = AbsenceXlsx.read(file, ROSTER);

        assertThat(batch.errors()).isEmpty();
        Absence first = batch.absences().get(0);
        assertThat(first.filed()).contains(LocalDate.of(2026, 6, 1));
        assertThat(first.depart()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(first.contact()).contains("13900000000");
        Absence second = batch.absences().get(1);
        assertThat(second.personId()).isEqualTo("m");
        assertThat(second.contact()).as("plain text, as exported").contains("+86 139");
        assertThat(second.stops()).hasSize(2);
    }

    @Test
    void badRowsCarryExcelRowNumbersEvenAfterEmptyRows() throws IOException {
        Path file = dir.resolve("absences.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            row(sheet, 0, "编号", "人员", "类型", "范围", "出发日期", "返回日期");
            row(sheet, 1, "a1", "d1", "出差", "省内", LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 1));
            // Excel row 3 left empty
            row(sheet, 3, "a1", "nobody", "出差", "省内", "2026-06-03", true);
            workbook.finish();
        }

        ImportBatch batch = AbsenceXlsx.read(file, ROSTER);

        assertThat(batch.errors()).extracting(RowError::row, RowError::column).containsExactlyInAnyOrder(
                tuple(2, "返回日期"), tuple(4, "编号"), tuple(4, "人员"), tuple(4, "返回日期"));
    }

    @Test
    void headerOnlyWorkbook() throws IOException {
        Path file = dir.resolve("roster.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            row(workbook.newWorksheet("Sheet1"), 0, "id", "name", "role");
            workbook.finish();
        }

        assertThat(RosterXlsx.read(file, List.of()).errors()).singleElement()
                .extracting(RowError::reason).asString().contains("没有数据行");
    }

    @Test
    void oldXlsAndNonSpreadsheetFilesAreRefusedWithAClearReason() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        Path xls = TestFiles.write(dir.resolve("old.xlsx"), ole2);
        Path text = TestFiles.utf8(dir, "notes.xlsx", "id,name,role");

        assertThat(RosterXlsx.read(xls, List.of()).errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(RowError.WHOLE_FILE);
            assertThat(error.reason()).contains(".xls");
        });
        assertThat(RosterXlsx.read(text, List.of()).errors()).singleElement()
                .extracting(RowError::reason).asString().contains("不是有效的 xlsx");
    }

    private static void row(Worksheet sheet, int r, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            if (cell instanceof LocalDate date) {
                sheet.value(r, c, date);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            } else if (cell instanceof Number number) {
                sheet.value(r, c, number);
            } else if (cell instanceof Boolean bool) {
                sheet.value(r, c, bool);
            } else if (cell != null) {
                sheet.value(r, c, cell.toString());
            }
        }
    }
}
