package cn.leavedesk.io;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Malformed and hostile .xlsx files: each is refused with one error naming the file (and row/column where
 * known), in seconds, without a stack trace or running out of memory.
 */
class HostileXlsxTest {
    private static final List<Person> ROSTER = List.of(Person.of("m", "王某", Role.MAYOR));
    private static final String HEADER_ROW = "<row r=\"1\">" + inline("A1", "编号") + inline("B1", "人员")
            + inline("C1", "类型") + inline("D1", "范围") + inline("E1", "出发日期") + inline("F1", "返回日期") + "</row>";

    @TempDir
    Path dir;

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String dataRow(String r, String depart) {
        return "<row r=\"" + r + "\">" + inline("A" + r, "a1") + inline("B" + r, "m") + inline("C" + r, "出差")
                + inline("D" + r, "省外") + depart + "<c r=\"F" + r + "\"><v>46176</v></c></row>";
    }

    private static String sheet(String prolog, String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + HEADER_ROW + rows + "</sheetData></worksheet>";
    }

    static Stream<Arguments> hostileSheets() {
        return Stream.of(
                Arguments.of("nan", sheet("", dataRow("2", "<c r=\"E2\"><v>NaN</v></c>")),
                        RowProblem.XLSX_NUMBER, 2, "E"),
                Arguments.of("inf", sheet("", dataRow("2", "<c r=\"E2\"><v>INF</v></c>")),
                        RowProblem.XLSX_NUMBER, 2, "E"),
                Arguments.of("text", sheet("", dataRow("2", "<c r=\"E2\" t=\"n\"><v>abc</v></c>")),
                        RowProblem.XLSX_NUMBER, 2, "E"),
                Arguments.of("huge-exponent", sheet("", dataRow("2", "<c r=\"E2\"><v>1E+999999999</v></c>")),
                        RowProblem.XLSX_NUMBER, 2, "E"),
                Arguments.of("doctype", sheet("<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
                        dataRow("2", "<c r=\"E2\"><v>46174</v></c>")), RowProblem.XLSX_DOCTYPE, 0, ""),
                Arguments.of("row-number", sheet("", dataRow("99999999999", "<c r=\"E2\"><v>46174</v></c>")),
                        RowProblem.XLSX_ROW_NUMBER, 2, ""),
                Arguments.of("cell-reference", sheet("", "<row r=\"2\"><c r=\"ZZZZZZZZ2\"><v>1</v></c></row>"),
                        RowProblem.XLSX_CELL_REFERENCE, 2, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSheets")
    @Timeout(10)
    void hostileSheetIsRefusedWithOneErrorNamingWhereItIs(String name, String sheetXml, RowProblem problem,
                                                          int row, String column) throws IOException {
        Path file = withSheet(name + ".xlsx", sheetXml.getBytes(StandardCharsets.UTF_8));

        ImportBatch batch = AbsenceXlsx.read(file, ROSTER);

        assertThat(batch.absences()).isEmpty();
        assertThat(batch.errors()).extracting(RowError::file, RowError::problem, RowError::row, RowError::column)
                .containsExactly(tuple(name + ".xlsx", problem, row, column));
        assertThat(TableKind.of(file)).isEqualTo(TableKind.UNREADABLE);
    }

    @Test
    void theSameSheetWithAPlainDateSerialReads() throws IOException {
        Path file = withSheet("fine.xlsx",
                sheet("", dataRow("2", "<c r=\"E2\"><v>46174</v></c>")).getBytes(StandardCharsets.UTF_8));

        ImportBatch batch = AbsenceXlsx.read(file, ROSTER);

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.absences()).hasSize(1);
    }

    @Test
    void zeroLengthAndTruncatedFilesAreRefused() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path good = withSheet("good.xlsx",
                sheet("", dataRow("2", "<c r=\"E2\"><v>46174</v></c>")).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(AbsenceXlsx.read(empty, ROSTER).errors()).extracting(RowError::problem, RowError::row)
                .containsExactly(tuple(RowProblem.XLSX_INVALID, 0));
        assertThat(AbsenceXlsx.read(truncated, ROSTER).errors()).extracting(RowError::problem)
                .containsExactly(RowProblem.XLSX_INVALID);
    }

    @Test
    @Timeout(30)
    void aSmallFileThatUnpacksToHundredsOfMegabytesIsRefused() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        copyReplacing(template(), bomb, out -> {
            out.write(sheet("", "").replace("</sheetData></worksheet>", "").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < XlsxGuard.MAX_UNPACKED_MB + 10; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        assertThat(AbsenceXlsx.read(bomb, ROSTER).errors()).extracting(RowError::problem)
                .containsExactly(RowProblem.XLSX_TOO_LARGE);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Path template() throws IOException {
        Path file = dir.resolve("template.xlsx");
        if (!Files.exists(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook workbook = new Workbook(out, "test", "1.0");
                Worksheet sheet = workbook.newWorksheet("Sheet1");
                sheet.value(0, 0, "编号");
                workbook.finish();
            }
        }
        return file;
    }

    /** A real workbook from fastexcel with its first sheet's XML replaced. */
    Path withSheet(String name, byte[] sheetXml) throws IOException {
        Path target = dir.resolve(name);
        copyReplacing(template(), target, out -> out.write(sheetXml));
        return target;
    }

    private static void copyReplacing(Path template, Path target, Body sheet) throws IOException {
        try (ZipFile zip = new ZipFile(template.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(out);
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(Optional.of(target)).isPresent();
    }
}
