package cn.leavedesk.io;

import cn.leavedesk.domain.Wording;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the absence register (or any table) for Excel, as CSV or as .xlsx. */
public final class RegisterExport {
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String SHEET_NAME = Wording.chinese().text("export.sheetName");
    private static final String APPLICATION = "LeaveDesk";
    private static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RegisterExport() {
    }

    /** UTF-8 with a byte-order mark, without which Excel on Chinese Windows reads the file as GBK. */
    public static void writeCsv(ExportTable table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeCsv(table, out);
        }
    }

    /** As {@link #writeCsv(ExportTable, Path)}; the stream is flushed, not closed. */
    public static void writeCsv(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(new BufferedOutputStream(out), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(csvCells(table.headers()));
        for (List<Object> row : table.rows()) {
            printer.printRecord(csvCells(row));
        }
        printer.flush();
    }

    public static void writeXlsx(ExportTable table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeXlsx(table, out);
        }
    }

    /** One sheet: bold, frozen header row; dates as date cells; text never becomes a formula. */
    public static void writeXlsx(ExportTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, table.headers().get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                writeXlsxCell(sheet, r + 1, c, unwrap(row.get(c)));
            }
        }
        workbook.finish();
    }

    private static void writeXlsxCell(Worksheet sheet, int r, int c, Optional<Object> value) {
        if (value.isEmpty()) {
            return;
        }
        Object cell = value.get();
        if (cell instanceof Number number) {
            sheet.value(r, c, number);
        } else if (cell instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (cell instanceof LocalDateTime dateTime) {
            sheet.value(r, c, dateTime);
            sheet.style(r, c).format(DATE_FORMAT + " hh:mm").set();
        } else if (cell instanceof Boolean bool) {
            sheet.value(r, c, bool);
        } else {
            // a string cell is stored as text, never as a formula, whatever it begins with
            sheet.value(r, c, text(cell));
        }
    }

    private static List<String> csvCells(List<?> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
            cells.add(unwrap(cell).map(RegisterExport::csvText).orElse(""));
        }
        return cells;
    }

    private static String csvText(Object cell) {
        if (cell instanceof Number || cell instanceof LocalDate || cell instanceof Boolean) {
            return cell.toString(); // a number's minus sign is arithmetic, not a formula
        }
        if (cell instanceof LocalDateTime dateTime) {
            return dateTime.format(CSV_DATE_TIME);
        }
        return FormulaGuard.neutralise(text(cell));
    }

    private static String text(Object cell) {
        return cell instanceof Enum<?> e ? e.name() : cell.toString();
    }

    private static Optional<Object> unwrap(Object cell) {
        Object value = cell;
        while (value instanceof Optional<?> optional) {
            value = optional.orElse(null);
        }
        return Optional.ofNullable(value);
    }
}
