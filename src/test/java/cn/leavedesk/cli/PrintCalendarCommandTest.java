package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.print.PdfFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print}, {@code export --what calendar} and {@code export --what annual} on a real SQLite file, in-process. */
class PrintCalendarCommandTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void importARosterAndAbsences() throws IOException {
        db = dir.resolve("leavedesk.db").toString();
        Path roster = Files.writeString(dir.resolve("roster.csv"), ImportReportCommandTest.ROSTER);
        Path absences = Files.writeString(dir.resolve("absences.csv"), """
                编号,人员,类型,范围,状态,报备日期,出发日期,返回日期,目的地,事由,联系方式,外出期间主持工作,附件,行程
                a1,d1,出差,省外,有效,2026-06-01,2026-06-03,2026-06-05,"上海,浦东",招商推介；签约,13800000001,v1,通知.pdf,
                a2,m,出访,境外,有效,2026-05-20,2026-07-01,2026-07-08,英国伯明翰市政厅及曼彻斯特大学联合举办的友城合作交流活动,友城交流,,,,GB;AE:transit
                a3,v1,休假,省内,已取消,,2026-08-01,2026-08-03,,,,,,
                a4,zz,外出,市内,有效,2026-09-01,2026-09-02,2026-09-02,,,,,,
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("--db", db, "import", roster.toString(), absences.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
    }

    @Test
    void printsEachFormOfAnAbsenceAsAnA4PdfWithTheFontEmbedded() throws IOException {
        for (String form : List.of("request", "filing", "return")) {
            Path out = dir.resolve(form + ".pdf");

            CliRun run = CliRun.of("--db", db, "print", "a1", "--form", form, "--out", out.toString());

            assertThat(run.err()).as(form).isEmpty();
            assertThat(run.status()).as(form).isZero();
            assertThat(run.out()).contains(out.toAbsolutePath().toString());
            byte[] pdf = Files.readAllBytes(out);
            PdfFiles.assertA4WithEmbeddedFonts(pdf);
            assertThat(PdfFiles.text(pdf)).contains("赵某", "上海,浦东");
        }
        assertThat(PdfFiles.text(Files.readAllBytes(dir.resolve("request.pdf"))))
                .contains("书面请假报告", "招商推介；签约", "13800000001", "李某", "通知.pdf");
        assertThat(PdfFiles.text(Files.readAllBytes(dir.resolve("filing.pdf")))).contains("请假报备单");
        assertThat(PdfFiles.text(Files.readAllBytes(dir.resolve("return.pdf")))).contains("销假单");
    }

    @Test
    void printsTheAnnualSummary() throws IOException {
        Path out = dir.resolve("annual.pdf");

        CliRun run = CliRun.of("--db", db, "print", "--annual", "2026", "--out", out.toString());

        assertThat(run.status()).isZero();
        String text = PdfFiles.text(Files.readAllBytes(out));
        assertThat(text).contains("2026年度请销假情况汇总", "王某市长", "孙某县区政府主要负责人")
                .doesNotContain("双击单元格"); // the screen's hint about clicking has no place on paper
        assertThat(text.indexOf("王某")).isLessThan(text.indexOf("李某")).isLessThan(text.indexOf("赵某"));
    }

    @Test
    void printRefusalsNameTheFieldAndWriteNothing() throws IOException {
        Path out = dir.resolve("x.pdf");
        assertRefused(CliRun.of("--db", db, "print", "a1", "--form", "memo", "--out", out.toString()), "--form", "memo");
        assertRefused(CliRun.of("--db", db, "print", "a1", "--form", "request", "--out", dir.resolve("x.doc").toString()),
                "--out", ".pdf");
        assertRefused(CliRun.of("--db", db, "print", "--annual", "twenty", "--out", out.toString()), "--annual", "twenty");
        assertRefused(CliRun.of("--db", db, "print", "--out", out.toString()), "--annual");
        assertRefused(CliRun.of("--db", db, "print", "nope", "--form", "request", "--out", out.toString()), "nope");
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list((d, name) -> name.endsWith(".part"))).isEmpty();

        Files.writeString(out, "mine");
        assertRefused(CliRun.of("--db", db, "print", "a1", "--form", "request", "--out", out.toString()), "--force");
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(CliRun.of("--db", db, "print", "a1", "--form", "request", "--out", out.toString(), "--force")
                .status()).isZero();
        assertThat(PdfFiles.text(Files.readAllBytes(out))).contains("书面请假报告");
    }

    @Test
    void englishRefusalsInEnglish() {
        CliRun run = CliRun.of("--lang", "en", "--db", db, "print", "a1", "--form", "memo", "--out",
                dir.resolve("x.pdf").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--form must be request");
    }

    private static void assertRefused(CliRun run, String... named) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).contains(named).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void calendarHasOneAllDayEventPerActiveAbsenceFoldedAndEscaped() throws IOException {
        Path out = dir.resolve("away.ics");

        CliRun run = CliRun.of("--db", db, "export", "--what", "calendar", "--out", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<String> lines = unfolded(raw);
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT"))).hasSize(3); // a3 was cancelled
        assertThat(lines).contains("UID:a1@leavedesk", "DTSTART;VALUE=DATE:20260603", "DTEND;VALUE=DATE:20260606",
                "SUMMARY:赵某 出差（省外）：上海\\,浦东", "LOCATION:上海\\,浦东",
                "SUMMARY:王某 出访（出国（境））：英国伯明翰市政厅及曼彻斯特大学联合举办的友城合作交流活动",
                "DTSTART;VALUE=DATE:20260902", "DTEND;VALUE=DATE:20260903", "SUMMARY:孙某 外出（市内）");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("DESCRIPTION:职务：部门主要负责人\\n事由：招商推介；签约"));
        assertThat(raw).doesNotContain("a3@leavedesk");
        // the folded line of the long summary breaks between characters, never inside one
        assertThat(raw).contains("\r\n ");

        byte[] again = Files.readAllBytes(exportCalendar("again.ics"));
        assertThat(again).isEqualTo(bytes);
    }

    @Test
    void calendarDateRangeKeepsOverlappingAbsencesOnly() throws IOException {
        Path out = dir.resolve("june.ics");

        CliRun run = CliRun.of("--db", db, "export", "--what", "calendar", "--from", "2026-06-05", "--to",
                "2026-07-01", "--out", out.toString());

        assertThat(run.status()).isZero();
        String text = Files.readString(out);
        assertThat(text).contains("UID:a1@leavedesk", "UID:a2@leavedesk").doesNotContain("UID:a4@leavedesk");

        assertRefused(CliRun.of("--db", db, "export", "--what", "calendar", "--from", "2026-13-01", "--out",
                dir.resolve("bad.ics").toString()), "--from", "2026-13-01");
        assertRefused(CliRun.of("--db", db, "export", "--what", "calendar", "--from", "2026-07-01", "--to",
                "2026-06-01", "--out", dir.resolve("bad.ics").toString()), "--to");
        assertRefused(CliRun.of("--db", db, "export", "--what", "calendar", "--out",
                dir.resolve("bad.csv").toString()), "--out", ".ics");
        assertThat(dir.resolve("bad.ics")).doesNotExist();
    }

    private Path exportCalendar(String name) {
        Path out = dir.resolve(name);
        assertThat(CliRun.of("--db", db, "export", "--what", "calendar", "--out", out.toString()).status()).isZero();
        return out;
    }

    /** RFC 5545 unfolding: a line break followed by a space continues the line before. */
    private static List<String> unfolded(String raw) {
        return new ArrayList<>(Arrays.asList(raw.replace("\r\n ", "").split("\r\n")));
    }

    @Test
    void annualExportHasTheScreensColumnsNamesAndOrder() throws IOException {
        Path out = dir.resolve("annual.xlsx");

        CliRun run = CliRun.of("--db", db, "export", "--what", "annual", "--year", "2026", "--out", out.toString());

        assertThat(run.status()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).containsExactly("姓名", "职务", "出差", "出访",
                    "休假", "外出", "会议请假", "外出天数", "出国（境）", "因公出国（境）剩余次数 · 本年",
                    "因公出国（境）剩余次数 · 本任期", "因公出国（境）剩余次数 · 两年内");
            // the screen's order: by role, the mayor first; not by id (d1 < m < v1 < zz)
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(0) + "/" + r.getCellText(1)).toList())
                    .containsExactly("王某/市长", "李某/副市长", "赵某/部门主要负责人", "孙某/县区政府主要负责人");
            // Wuhan: the mayor, one trip abroad a year, has used it
            assertThat(rows.get(1).getCellText(9)).isEqualTo("剩 0（已用 1/1）");
            assertThat(rows.get(3).getCellText(9)).isEqualTo("不设限额"); // a department head is in no quota group
        }
    }
}
