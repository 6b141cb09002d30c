package cn.leavedesk.cli;

import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.PrintService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code leavedesk [--db FILE] print ID --form request|filing|return --out FILE.pdf [--force]} and
 * {@code print --annual YEAR --out FILE.pdf [--force]}: the printed forms as PDF, for batch printing. An existing
 * file is kept unless {@code --force} is given; nothing is written when anything is wrong.
 */
public final class PrintCommand implements Command {
    @Override
    public String name() {
        return "print";
    }

    @Override
    public String synopsis() {
        return "print ID --form request|filing|return --out FILE.pdf [--force]   a form of one absence as PDF"
                + "\n  print --annual YEAR --out FILE.pdf [--force]   the leaders' annual summary as PDF";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        DisplayText text = DisplayText.of(context.locale());
        List<String> rest = new ArrayList<>(args);
        String id = !rest.isEmpty() && !rest.get(0).startsWith("--") ? rest.remove(0) : null;
        boolean force = rest.remove("--force");
        Arguments arguments = Arguments.parse(name(), rest, List.of("--form", "--annual", "--out"), context.locale());
        if ((id == null) == arguments.get("--annual").isEmpty()) {
            throw new UsageException(text.tr("cli.print.what"));
        }
        String outText = arguments.get("--out").orElseThrow(() -> new UsageException(text.tr("cli.print.outMissing")));
        Path out = Path.of(outText);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UsageException(text.tr("cli.print.out", outText));
        }
        if (Files.exists(out) && !force) {
            throw new UsageException(text.tr("cli.print.exists", out));
        }
        PrintService.Form form = null;
        int year = 0;
        if (id != null) {
            String formText = arguments.get("--form").orElseThrow(() -> new UsageException(text.tr("cli.print.form", "")));
            form = switch (formText) {
                case "request" -> PrintService.Form.REQUEST;
                case "filing" -> PrintService.Form.FILING;
                case "return" -> PrintService.Form.RETURN;
                default -> throw new UsageException(text.tr("cli.print.form", formText));
            };
        } else {
            if (arguments.get("--form").isPresent()) {
                throw new UsageException(text.tr("cli.print.formWithAnnual"));
            }
            year = year(arguments.get("--annual").orElseThrow(), text);
        }
        byte[] pdf;
        try (Database db = CliDatabase.forReading(context)) {
            PrintService service = new PrintService(db, new RulebookService(), context.clock(), context.locale());
            pdf = form != null ? service.render(id, form) : service.annual(year);
        } catch (PrintService.FontMissingException e) {
            throw new UsageException(text.tr("cli.print.noFont", e.searched().stream().map(Path::toString)
                    .collect(Collectors.joining(text.tr("print.listSeparator")))));
        }
        try {
            OutputFiles.replace(out, pdf);
        } catch (IOException e) {
            throw new UsageException(text.tr("cli.cannotWrite", out, e.getMessage()));
        }
        context.out().println(text.tr("cli.print.done", out.toAbsolutePath()));
        return 0;
    }

    private static int year(String value, DisplayText text) throws UsageException {
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new UsageException(text.tr("cli.print.year", value));
    }
}
