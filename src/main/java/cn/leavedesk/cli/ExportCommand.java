package cn.leavedesk.cli;

import cn.leavedesk.io.ExportTable;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.ExportService;
import cn.leavedesk.store.Database;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code leavedesk [--db FILE] export --what register|annual [--year Y] --out FILE.csv|FILE.xlsx [--force]}. CSV is
 * UTF-8 with a byte-order mark for Excel; text a spreadsheet could run as a formula is neutralised. An existing
 * file is replaced only with {@code --force}; a failed export leaves nothing behind.
 * {@code export --what calendar [--from DATE] [--to DATE] --out FILE.ics [--force]} writes who is away for calendar
 * programs.
 */
public final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "export --what register|annual [--year Y] --out FILE.csv|.xlsx [--force]   the register or annual"
                + " counts for Excel"
                + "\n  export --what calendar [--from DATE] [--to DATE] --out FILE.ics [--force]   who is away, for"
                + " calendars";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        List<String> options = new ArrayList<>(args);
        ExportService.ExistingFile existing = options.remove("--force")
                ? ExportService.ExistingFile.REPLACE : ExportService.ExistingFile.REFUSE;
        Arguments arguments = Arguments.parse(name(), options, List.of("--what", "--year", "--out", "--from", "--to"), context.locale());
        String what = arguments.required("--what", "--what register");
        if (what.equals("calendar")) {
            return CalendarExport.run(arguments, context, existing);
        }
        if (!what.equals("register") && !what.equals("annual")) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.export.what", what));
        }
        if (arguments.get("--from").isPresent() || arguments.get("--to").isPresent()) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.export.range", what));
        }
        Path out = Path.of(arguments.required("--out", "--out register.xlsx"));
        try {
            ExportService.Format.of(out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.export.out", out));
        }
        if (existing == ExportService.ExistingFile.REFUSE && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            // said before the database is opened or anything is computed
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.export.exists", out));
        }
        var year = arguments.year(context.clock());
        ExportTable table;
        try (Database db = CliDatabase.forReading(context)) {
            ExportService service = new ExportService(db);
            table = what.equals("annual")
                    ? service.annual(year)
                    : service.register(arguments.get("--year").map(y -> year));
            try {
                service.write(table, out, existing);
            } catch (FileAlreadyExistsException e) {
                throw new UsageException(DisplayText.of(context.locale()).tr("cli.export.exists", out));
            } catch (IOException e) {
                throw new UsageException(DisplayText.of(context.locale()).tr("cli.export.cannotWrite", out, e.getMessage()));
            }
        }
        context.out().println(DisplayText.of(context.locale()).tr("cli.export.done", table.rows().size(),
                out.toAbsolutePath()));
        return 0;
    }
}
