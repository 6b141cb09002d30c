package cn.leavedesk.cli;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.importing.SuppliedFacts;
import cn.leavedesk.io.FactWords;
import cn.leavedesk.io.RowError;
import cn.leavedesk.rules.RulebookException;
import cn.leavedesk.service.ChainRecording;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.ImportFile;
import cn.leavedesk.service.ImportResult;
import cn.leavedesk.service.ImportService;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code leavedesk [--db FILE] import [--roster|--absences] [--no-chains] [--kind K] [--scope S] FILE…}: scenario
 * JSON, roster and absences tables, all files one all-or-nothing batch. {@code --kind} and {@code --scope} give
 * the kind or scope of every absence row that has none (a register without those columns). On any bad row every problem is printed on stderr, one per line
 * ({@code file row N [column]: reason}), and the database is left as it was.
 */
public final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "import [--roster|--absences] [--no-chains] [--kind K] [--scope S] FILE…   store scenario .json,"
                + " roster or absences .csv/.xlsx (all or nothing)";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        List<ImportFile> files = new ArrayList<>();
        ImportFile.Content declared = ImportFile.Content.DETECT;
        ChainRecording chains = ChainRecording.RECORD;
        Optional<Kind> kind = Optional.empty();
        Optional<Scope> scope = Optional.empty();
        for (Iterator<String> rest = args.iterator(); rest.hasNext(); ) {
            String arg = rest.next();
            switch (arg) {
                case "--roster" -> declared = ImportFile.Content.ROSTER;
                case "--absences" -> declared = ImportFile.Content.ABSENCES;
                case "--no-chains" -> chains = ChainRecording.SKIP;
                case "--kind" -> kind = Optional.of(value(arg, rest, FactWords::kindNamed,
                        FactWords.kindWords(), context));
                case "--scope" -> scope = Optional.of(value(arg, rest, FactWords::scopeNamed,
                        FactWords.scopeWords(), context));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException(DisplayText.of(context.locale()).tr("cli.life.unexpected", name(),
                                arg, "--roster, --absences, --no-chains, --kind, --scope"));
                    }
                    Path path = Path.of(arg);
                    files.add(declared == ImportFile.Content.DETECT
                            ? ImportFile.detect(path) : new ImportFile(path, declared));
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.import.noFile"));
        }
        var calendar = CheckCommand.calendar(context);
        ImportResult result;
        try (Database db = CliDatabase.forWriting(context)) {
            result = new ImportService(db, calendar).importFiles(files, facts(files, kind, scope), chains,
                    db.settings().currentActor());
        } catch (RulebookException e) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.import.rulebook", e.message(context.locale())));
        }
        if (!result.stored()) {
            result.errors().forEach(error -> context.err().println(line(error, context.locale())));
            return 2;
        }
        context.out().println(DisplayText.of(context.locale()).tr(chains == ChainRecording.RECORD
                ? "cli.import.doneWithChains" : "cli.import.done", result.people(), result.absences(), result.chains()));
        return 0;
    }

    private static <E> E value(String option, Iterator<String> rest, Function<String, Optional<E>> parse,
                               String accepted, CliContext context) throws UsageException {
        DisplayText text = DisplayText.of(context.locale());
        if (!rest.hasNext()) {
            throw new UsageException(text.tr("cli.import.valueRequired", option, accepted));
        }
        String word = rest.next();
        return parse.apply(word).orElseThrow(() -> new UsageException(text.tr("cli.import.unknownValue", option,
                word, accepted)));
    }

    /** The same kind and scope for every file's rows that lack them. */
    private static SuppliedFacts facts(List<ImportFile> files, Optional<Kind> kind, Optional<Scope> scope) {
        SuppliedFacts facts = SuppliedFacts.none();
        for (ImportFile file : files) {
            if (kind.isPresent()) {
                facts = facts.withKind(file.fileName(), kind.get());
            }
            if (scope.isPresent()) {
                facts = facts.withScope(file.fileName(), scope.get());
            }
        }
        return facts;
    }

    /** {@code absences.csv row 3 [返回日期]: 返回日期 … 早于出发日期 …}; no row for a whole-file problem. */
    static String line(RowError error, java.util.Locale locale) {
        StringBuilder text = new StringBuilder(error.file());
        if (error.row() != RowError.WHOLE_FILE) {
            text.append(" row ").append(error.row());
        }
        if (!error.column().isEmpty()) {
            text.append(" [").append(error.column()).append(']');
        }
        return text.append(": ").append(error.reason(locale)).toString();
    }
}
