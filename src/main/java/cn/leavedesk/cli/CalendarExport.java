package cn.leavedesk.cli;

import cn.leavedesk.io.IcsWriter;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.ExportService;
import cn.leavedesk.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code export --what calendar [--from DATE] [--to DATE] --out FILE.ics}: who is away, for calendar programs. */
final class CalendarExport {
    private CalendarExport() {
    }

    static int run(Arguments arguments, CliContext context, ExportService.ExistingFile existing) throws Exception {
        DisplayText text = DisplayText.of(context.locale());
        if (arguments.get("--year").isPresent()) {
            throw new UsageException(text.tr("cli.calendar.year"));
        }
        String outText = arguments.required("--out", "--out away.ics");
        Path out = Path.of(outText);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")) {
            throw new UsageException(text.tr("cli.calendar.out", outText));
        }
        if (existing == ExportService.ExistingFile.REFUSE
                && java.nio.file.Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.export.exists", out));
        }
        Optional<LocalDate> from = date(arguments, "--from", text);
        Optional<LocalDate> to = date(arguments, "--to", text);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new UsageException(text.tr("cli.calendar.order", from.get(), to.get()));
        }
        List<IcsWriter.Event> events;
        try (Database db = CliDatabase.forReading(context)) {
            events = new ExportService(db).calendar(from, to, context.locale());
        }
        byte[] file = ExportService.calendarFile(events, context.clock().instant(), context.locale());
        try {
            OutputFiles.replace(out, file);
        } catch (IOException e) {
            throw new UsageException(text.tr("cli.cannotWrite", out, e.getMessage()));
        }
        context.out().println(text.tr("cli.calendar.done", events.size(), out.toAbsolutePath()));
        return 0;
    }

    private static Optional<LocalDate> date(Arguments arguments, String name, DisplayText text)
            throws UsageException {
        Optional<String> value = arguments.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.get().strip()));
        } catch (DateTimeParseException e) {
            throw new UsageException(text.tr("cli.calendar.date", name, value.get()));
        }
    }
}
