package cn.leavedesk.cli;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.io.FormulaGuard;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.ReportService;
import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.PersonYear;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code leavedesk [--db FILE] report --year Y [--format json|csv]}: the annual counts of every person on the roster.
 * Opens the database read-only, so it also works while the client has the file open.
 */
public final class ReportCommand implements Command {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String synopsis() {
        return "report --year Y [--format json|csv]   annual absences per person (JSON or CSV on stdout)";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(name(), args, List.of("--year", "--format"), context.locale());
        int year = arguments.year(context.clock()).getValue();
        String format = arguments.get("--format").orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.report.format", format));
        }
        AnnualReport report;
        try (Database db = CliDatabase.forReading(context)) {
            report = new ReportService(db).annual(year);
        }
        if (format.equals("json")) {
            context.out().println(ReportJson.write(report));
        } else {
            context.out().print(csv(report));
        }
        context.out().flush();
        return 0;
    }

    /** Codes as headers, like the JSON; every kind a column, zeros written out. */
    static String csv(AnnualReport report) throws IOException {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            List<String> header = new ArrayList<>(List.of("year", "id", "name", "role"));
            for (Kind kind : Kind.values()) {
                header.add(kind.name());
            }
            header.addAll(List.of("daysAway", "tripsAbroad"));
            printer.printRecord(header);
            for (PersonYear line : report.people()) {
                List<Object> row = new ArrayList<>(List.of(report.year(), FormulaGuard.neutralise(line.id()),
                        FormulaGuard.neutralise(line.name()), line.role().name()));
                for (Kind kind : Kind.values()) {
                    row.add(line.absences().getOrDefault(kind, 0));
                }
                row.add(line.daysAway());
                row.add(line.tripsAbroad());
                printer.printRecord(row);
            }
        }
        return text.toString();
    }
}
