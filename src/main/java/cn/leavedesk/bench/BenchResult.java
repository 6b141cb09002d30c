package cn.leavedesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The figures of one bench run and the table that sets them beside their targets. */
public record BenchResult(OfficeBench.Settings settings, Machine machine, String sqliteVersion,
                          double generateSeconds, double loadSeconds, int reportYear, Latencies report,
                          Optional<OfficeBench.ShellFigure> shell, Latencies range, Latencies check,
                          LifecycleBench.Figures lifecycle, long fileBytes) {

    /** One row of the table. */
    public record Row(String measure, String measured, String target, boolean pass) {
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("bulk load of the " + count(settings.absences()) + " absences",
                String.format(Locale.ROOT, "%.1f s (%s absences/s)", loadSeconds,
                        count(Math.round(settings.absences() / loadSeconds))),
                "≤ 15 s", loadSeconds <= OfficeBench.LOAD_TARGET_SECONDS));
        String reportFigure = latency(report);
        boolean reportPass = report.p50() <= OfficeBench.REPORT_TARGET_MILLIS;
        if (shell.isPresent()) {
            double shellMillis = shell.get().millis().p50();
            double ratio = report.p50() / Math.max(shellMillis, 0.001);
            reportFigure += String.format(Locale.ROOT, "; sqlite3 shell p50 %s ms → %.1f×", millis(shellMillis),
                    ratio);
            reportPass &= report.p50() <= OfficeBench.REPORT_SHELL_FACTOR * shellMillis;
        } else {
            reportFigure += "; sqlite3 not installed, no comparison";
        }
        rows.add(new Row("`report --year " + reportYear + "` for everyone (in-process)", reportFigure,
                "≤ 100 ms, and ≤ 2× the sqlite3 shell", reportPass));
        rows.add(new Row("one person's absences in a date range (one year)", latency(range), "≤ 5 ms",
                range.p99() <= OfficeBench.RANGE_TARGET_MILLIS));
        rows.add(new Row("`check` of a new request against that history, quotas included", latency(check),
                "p50 ≤ 2 ms, p99 ≤ 10 ms",
                check.p50() <= OfficeBench.CHECK_P50_TARGET_MILLIS && check.p99() <= OfficeBench.CHECK_P99_TARGET_MILLIS));
        LifecycleBench.PageFigure slowest = lifecycle.slowest();
        rows.add(new Row("register: first page (" + cn.leavedesk.service.RegisterService.PAGE_ROWS + " rows) of each of "
                + lifecycle.pages().size() + " filter combinations, sorts and scrolls (below)",
                "slowest p50 " + millis(slowest.millis().p50()) + " ms (" + slowest.filter() + ")", "≤ 150 ms",
                lifecycle.pagesPass()));
        LifecycleBench.Sweep sweep = lifecycle.sweep();
        rows.add(new Row("register: first page of " + count(sweep.combinations()) + " random combinations of every"
                + " filter and order (seed " + sweep.seed() + "; the 10 slowest below)",
                "median " + millis(sweep.medians().p50()) + " ms, p99 " + millis(sweep.medians().p99()) + " ms; "
                        + sweep.over() + " over 150 ms, slowest " + millis(sweep.slowest().get(0).millis().p50())
                        + " ms", "≤ 150 ms each", sweep.over() == 0));
        rows.add(new Row("`todo` as of " + lifecycle.asOf() + " (" + count(lifecycle.todoItems()) + " items)",
                latency(lifecycle.todo()), "≤ 200 ms", lifecycle.todo().p50() <= LifecycleBench.TODO_TARGET_MILLIS));
        return rows;
    }

    public boolean allPass() {
        return rows().stream().allMatch(Row::pass);
    }

    /** The report: what was measured on what, the table, and how the figures were taken. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "LeaveDesk bench: %s people, %d years (%d–%d), %s absences, seed %d%n",
                count(settings.people()), settings.years(), settings.lastYear() - settings.years() + 1,
                settings.lastYear(), count(settings.absences()), settings.seed()));
        out.append("Machine: ").append(machine.describe()).append('\n');
        out.append("SQLite: ").append(sqliteVersion).append(" in-process (sqlite-jdbc)");
        out.append(shell.map(s -> ", " + s.version() + " sqlite3 shell").orElse(", sqlite3 not installed"));
        out.append(String.format(Locale.ROOT, "; database file %.0f MB%n%n", fileBytes / 1e6));
        out.append("| measure | measured | target on a 2-core machine | result |\n");
        out.append("|---|---|---|---|\n");
        for (Row row : rows()) {
            out.append("| ").append(row.measure()).append(" | ").append(row.measured()).append(" | ")
                    .append(row.target()).append(" | ").append(row.pass() ? "PASS" : "MISS").append(" |\n");
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Generation took %.1f s (not part of the load). Latencies are p50/p99"
                        + " over %s samples after %s warm-up runs (report: %d after %d); the report is judged on its"
                        + " p50, the date range on its p99.%n", generateSeconds, count(range.count()),
                count(settings.warmUp()), report.count(), Math.max(5, settings.warmUp() / 10)));
        out.append('\n').append("Before the register and to-do timings the bench gave the recent absences a life: ")
                .append(lifecycle.activity()).append(". Each figure below is p50/p99 over ")
                .append(lifecycle.todo().count()).append(" samples after 3 warm-up runs; judged on the p50.\n\n");
        out.append("| register filter | first page | rows |\n|---|---|---|\n");
        for (LifecycleBench.PageFigure page : lifecycle.pages()) {
            out.append("| ").append(page.filter()).append(" | ").append(latency(page.millis())).append(" | ")
                    .append(page.rows()).append(" |\n");
        }
        out.append("\nThe slowest of the random combinations (each the median of ")
                .append(LifecycleBench.SWEEP_SAMPLES).append(" reads after one):\n\n");
        out.append("| combination | first page, median | rows |\n|---|---|---|\n");
        for (LifecycleBench.PageFigure page : lifecycle.sweep().slowest()) {
            out.append("| ").append(page.filter()).append(" | ").append(millis(page.millis().p50())).append(" ms | ")
                    .append(page.rows()).append(" |\n");
        }
        return out.toString();
    }

    private static String latency(Latencies l) {
        return "p50 " + millis(l.p50()) + " ms, p99 " + millis(l.p99()) + " ms";
    }

    private static String millis(double value) {
        return value >= 10 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
