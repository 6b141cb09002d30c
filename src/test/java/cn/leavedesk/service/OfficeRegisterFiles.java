package cn.leavedesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The register a municipal office already keeps, as a clerk would hand it over: a merged title row, who filled
 * it in, then 序号 · 姓名 · 职务 · 外出事由 · 目的地 · 出发日期 · 返回日期 — no id, no kind, no scope, people by
 * name, dates as Excel date cells (.xlsx) or typed as {@code 2026.4.3} (a GBK CSV saved from Excel).
 */
public final class OfficeRegisterFiles {
    public static final String TITLE = "2026年市政府领导外出登记表";
    public static final List<String> HEADER = List.of("序号", "姓名", "职务", "外出事由", "目的地", "出发日期", "返回日期");

    /** One register line. */
    public record Line(String name, String post, String reason, String destination, LocalDate depart, LocalDate back) {
    }

    public static final List<Line> LINES = List.of(
            new Line("王某", "市长", "赴省政府汇报工作", "省政府", LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 3)),
            new Line("李某", "副市长", "参加全省招商引资推进会", "宜昌市", LocalDate.of(2026, 4, 8),
                    LocalDate.of(2026, 4, 10)),
            new Line("赵某", "局长", "带队考察产业园区", "苏州市", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 18)),
            new Line("李某", "副市长", "参加对口协作座谈会", "恩施州", LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 8)));

    /** The first data row (title, filled-in-by, header above it). */
    static final int FIRST_DATA_ROW = 4;

    private OfficeRegisterFiles() {
    }

    public static Path xlsx(Path file, List<Line> lines) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            sheet.value(0, 0, TITLE);
            sheet.range(0, 0, 0, HEADER.size() - 1).merge();
            sheet.style(0, 0).bold().fontSize(16).horizontalAlignment("center").set();
            sheet.value(1, 0, "填报单位：市政府办公室");
            sheet.range(1, 0, 1, 3).merge();
            sheet.value(1, 5, "填报日期：2026年5月10日");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(2, c, HEADER.get(c));
                sheet.style(2, c).bold().set();
            }
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                int r = i + 3;
                sheet.value(r, 0, i + 1);
                sheet.value(r, 1, line.name());
                sheet.value(r, 2, line.post());
                sheet.value(r, 3, line.reason());
                sheet.value(r, 4, line.destination());
                sheet.value(r, 5, line.depart());
                sheet.style(r, 5).format("yyyy\"年\"m\"月\"d\"日\"").set();
                sheet.value(r, 6, line.back());
                sheet.style(r, 6).format("yyyy\"年\"m\"月\"d\"日\"").set();
            }
            workbook.finish();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same register saved from Excel as "CSV (逗号分隔)" on Chinese Windows: GBK, dates typed 2026.4.3. */
    public static Path gbkCsv(Path file, List<Line> lines) {
        DateTimeFormatter dotted = DateTimeFormatter.ofPattern("yyyy.M.d");
        List<String> text = new ArrayList<>();
        text.add(TITLE + ",,,,,,");
        text.add("填报单位：市政府办公室,,,,,填报日期：2026年5月10日,");
        text.add(String.join(",", HEADER));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            text.add(String.join(",", Integer.toString(i + 1), line.name(), line.post(), line.reason(),
                    line.destination(), line.depart().format(dotted), line.back().format(dotted)));
        }
        try {
            return Files.write(file, (String.join("\r\n", text) + "\r\n").getBytes(Charset.forName("GBK")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
