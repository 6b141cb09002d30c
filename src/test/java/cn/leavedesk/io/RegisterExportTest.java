package cn.leavedesk.io;

import cn.leavedesk.domain.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterExportTest {
    private static final List<String> HEADERS = List.of("编号", "姓名", "类型", "出发日期", "天数", "事由");

    @TempDir
    Path dir;

    @Test
    void csvStartsWithBomAndKeepsChinese() throws IOException {
        ExportTable table = new ExportTable(HEADERS, List.of(
                Arrays.asList("a1", "王某", Kind.BUSINESS_TRIP, LocalDate.of(2026, 6, 1), 3, Optional.empty())));

        byte[] bytes = csv(table);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("编号,姓名,类型,出发日期,天数,事由\r\na1,王某,BUSINESS_TRIP,2026-06-01,3,\r\n");
    }

    @Test
    void exportedCsvReadsBackThroughTheImporter() throws IOException {
        ExportTable table = new ExportTable(List.of("id", "name", "role"),
                List.of(List.of("m", "王某,\"老王\"", "市长")));
        Path file = dir.resolve("roster.csv");
        RegisterExport.writeCsv(table, file);

        ImportBatch batch = RosterCsv.read(file, List.of());

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people().get(0).name()).isEqualTo("王某,\"老王\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 139", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")"})
    void riskyTextGetsAnApostropheInCsv(String risky) throws IOException {
        ExportTable table = new ExportTable(List.of("事由"), List.of(List.of(risky)));

        String text = TextDecoding.decode(csv(table)).text();

        List<CSVRecord> records = CSVParser.parse(text, CSVFormat.EXCEL).getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("'" + risky);
    }

    @Test
    void harmlessTextAndNegativeNumbersAreLeftAlone() throws IOException {
        ExportTable table = new ExportTable(List.of("a", "b", "c"), List.of(List.of("参加=会议", -5, "a-b")));

        String text = new String(csv(table), StandardCharsets.UTF_8);

        assertThat(text).endsWith("参加=会议,-5,a-b\r\n");
    }

    @Test
    void xlsxHasDateCellsNumbersAndPlainTextNeverFormulas() throws IOException {
        ExportTable table = new ExportTable(HEADERS, List.of(
                Arrays.asList("a1", "王某", Kind.LEAVE, LocalDate.of(2026, 6, 1), -5, "=HYPERLINK(\"http://x\")"),
                Arrays.asList("a2", null, "+1", LocalDate.of(2026, 12, 31), 2.5, "@SUM(A1)")));
        Path file = dir.resolve("register.xlsx");
        RegisterExport.writeXlsx(table, file);

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名");
            Row first = rows.get(1);
            assertThat(first.getCellAsDate(3)).map(LocalDate::from).contains(LocalDate.of(2026, 6, 1));
            assertThat(first.getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCellAsNumber(4)).contains(new BigDecimal("-5"));
            assertThat(textCell(first.getCell(5))).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(textCell(rows.get(2).getCell(2))).isEqualTo("+1");
            assertThat(textCell(rows.get(2).getCell(5))).isEqualTo("@SUM(A1)");
        }
        String sheetXml = zipEntry(file, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).doesNotContain("<f>").contains("<pane").contains("ySplit=\"1\"");
        assertThat(zipEntry(file, "xl/styles.xml")).contains("<b/>");
    }

    private static String textCell(Cell cell) {
        assertThat(cell.getType()).isEqualTo(CellType.STRING);
        assertThat(cell.getFormula()).isNull();
        return cell.asString();
    }

    private static byte[] csv(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterExport.writeCsv(table, out);
        return out.toByteArray();
    }

    private static String zipEntry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
