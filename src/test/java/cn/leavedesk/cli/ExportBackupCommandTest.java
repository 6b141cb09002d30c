package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, {@code backup} and {@code restore} on real SQLite files, in-process. */
class ExportBackupCommandTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void importARosterAndAbsences() throws IOException {
        db = dir.resolve("leavedesk.db").toString();
        Path roster = Files.writeString(dir.resolve("roster.csv"), ImportReportCommandTest.ROSTER);
        Path absences = Files.writeString(dir.resolve("absences.csv"), """
                编号,人员,类型,范围,状态,报备日期,出发日期,返回日期,目的地,事由,行程
                a1,d1,出差,省外,有效,2026-06-01,2026-06-03,2026-06-05,上海,"=HYPERLINK(""http://x"",""点我"")",
                a2,m,出访,境外,有效,2026-05-20,2026-07-01,2026-07-08,英国,友城交流,GB;AE:transit
                a3,v1,休假,省内,已取消,,2025-08-01,2025-08-03,,,
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("--db", db, "import", roster.toString(), absences.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
    }

    @Test
    void registerCsvNeutralisesFormulaLookingTextAndImportsAgainElsewhere() throws IOException {
        Path out = dir.resolve("登记簿.csv");

        CliRun run = CliRun.of("--db", db, "export", "--what", "register", "--out", out.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").contains("GB;AE:transit").contains("已撤销");
        assertThat(text.lines()).hasSize(4);

        String other = dir.resolve("other.db").toString();
        CliRun reimported = CliRun.of("--db", other, "import", dir.resolve("roster.csv").toString(), out.toString());
        assertThat(reimported.err()).isEmpty();
        assertThat(reimported.status()).isZero();
        assertThat(CliRun.of("--db", other, "report", "--year", "2026").out())
                .isEqualTo(CliRun.of("--db", db, "report", "--year", "2026").out());
    }

    @Test
    void registerXlsxKeepsFormulaLookingTextAsPlainText() throws IOException {
        Path out = dir.resolve("register.xlsx");

        CliRun run = CliRun.of("--db", db, "export", "--what", "register", "--year", "2026", "--out", out.toString());

        assertThat(run.status()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3); // header and the two absences of 2026; the cancelled one was in 2025
            Row trip = rows.stream().filter(r -> r.getCellText(0).equals("a1")).findFirst().orElseThrow();
            Cell reason = trip.getCell(9);
            assertThat(reason.getType()).isEqualTo(CellType.STRING);
            assertThat(reason.getFormula()).isNull();
            assertThat(reason.asString()).isEqualTo("=HYPERLINK(\"http://x\",\"点我\")");
        }
    }

    @Test
    void annualCountsExportAsOneRowPerPerson() throws IOException {
        Path out = dir.resolve("annual.csv");

        CliRun run = CliRun.of("--db", db, "export", "--what", "annual", "--year", "2026", "--out", out.toString());

        assertThat(run.status()).isZero();
        List<String> lines = Files.readString(out, StandardCharsets.UTF_8).lines().toList();
        // the 年度统计 screen's columns, role names and order (by role, the mayor first)
        // with the trips left under each of Wuhan's quota periods, worded as the screen's cells
        assertThat(lines.get(0)).isEqualTo("\uFEFF姓名,职务,出差,出访,休假,外出,会议请假,外出天数,出国（境）,"
                + "因公出国（境）剩余次数 · 本年,因公出国（境）剩余次数 · 本任期,因公出国（境）剩余次数 · 两年内");
        assertThat(lines.subList(1, lines.size())).containsExactly("王某,市长,0,1,0,0,0,8,1,剩 0（已用 1/1）,—,—",
                "李某,副市长,0,0,0,0,0,0,0,不限（已用 0）,不限（已用 0）,不限（已用 0）",
                "赵某,部门主要负责人,1,0,0,0,0,3,0,不设限额,不设限额,不设限额",
                "孙某,县区政府主要负责人,0,0,0,0,0,0,0,不设限额,不设限额,不设限额");
    }

    @Test
    void exportToAnUnknownFileTypeIsAUsageError() {
        CliRun run = CliRun.of("--db", db, "export", "--what", "register", "--out", dir.resolve("x.pdf").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).contains(".csv 或 .xlsx").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void backupThenRestoreBringsBackTheContentOfTheBackup() throws IOException {
        String atBackup = CliRun.of("--db", db, "report", "--year", "2026").out();
        Path backup = dir.resolve("saved").resolve("copy.db");

        CliRun saved = CliRun.of("--db", db, "backup", "--out", backup.toString());
        assertThat(saved.status()).isZero();
        assertThat(saved.out()).contains(backup.toString());
        Path more = Files.writeString(dir.resolve("more.csv"), """
                id,person,kind,scope,depart,return
                b1,zz,出差,省外,2026-09-01,2026-09-10
                """);
        assertThat(CliRun.of("--db", db, "import", more.toString()).status()).isZero();
        assertThat(CliRun.of("--db", db, "report", "--year", "2026").out()).isNotEqualTo(atBackup);

        CliRun restored = CliRun.of("--db", db, "restore", "--from", backup.toString());

        assertThat(restored.err()).isEmpty();
        assertThat(restored.status()).isZero();
        assertThat(restored.out()).contains("before-restore");
        assertThat(CliRun.of("--db", db, "report", "--year", "2026").out()).isEqualTo(atBackup);
    }

    @Test
    void backupNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("taken.db"), "mine");

        CliRun run = CliRun.of("--db", db, "backup", "--out", existing.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("已经存在");
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void restoreFromAFileThatIsNoBackupChangesNothing() throws IOException {
        String before = CliRun.of("--db", db, "report", "--year", "2026").out();
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");

        CliRun run = CliRun.of("--db", db, "restore", "--from", junk.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).contains("当前数据库未作任何改动").doesNotContain("\n");
        assertThat(CliRun.of("--db", db, "report", "--year", "2026").out()).isEqualTo(before);
    }

    @Test
    void restoreIsRefusedWhileAnotherWindowHasTheDatabaseOpen() throws IOException {
        Path backup = dir.resolve("copy.db");
        assertThat(CliRun.of("--db", db, "backup", "--out", backup.toString()).status()).isZero();
        try (Database other = Database.open(Path.of(db))) {
            CliRun run = CliRun.of("--db", db, "restore", "--from", backup.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("正被另一个 LeaveDesk 窗口使用");
            // reading is still possible meanwhile
            assertThat(CliRun.of("--db", db, "report", "--year", "2026").status()).isZero();
        }
    }
}
