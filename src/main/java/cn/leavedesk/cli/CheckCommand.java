package cn.leavedesk.cli;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.ScheduleFileException;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.io.Scenario;
import cn.leavedesk.io.ScenarioException;
import cn.leavedesk.io.ScenarioJson;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.RulebookException;
import cn.leavedesk.rules.RulebookLoader;
import cn.leavedesk.service.DisplayText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code leavedesk check SCENARIO.json}: evaluates the scenario's request and prints the result as JSON. */
public final class CheckCommand implements Command {
    private static final long MAX_RULEBOOK_BYTES = 4L * 1024 * 1024;

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String synopsis() {
        return "check SCENARIO.json            evaluate a request against its rulebook (JSON on stdout)";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.size() != 1) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.check.oneFile"));
        }
        Path file = Path.of(args.get(0));
        Scenario scenario = read(file, context.locale());
        Absence request = scenario.request().orElseThrow(
                () -> new UsageException(file + ": request: required (the absence to check)"));
        Rulebook rulebook = rulebook(scenario.rulebook(), file, context.locale());
        WorkingCalendar calendar = calendar(context);
        Evaluation evaluation = new Evaluator(calendar, Messages.of(context.locale()))
                .evaluate(rulebook, new Roster(scenario.people()), scenario.history(), request);
        context.out().println(EvaluationJson.write(evaluation));
        return evaluation.verdict() == Verdict.VIOLATION ? 1 : 0;
    }

    static Scenario read(Path file, Locale locale) throws UsageException {
        DisplayText text = DisplayText.of(locale);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(text.tr("cli.noSuchFile", file));
        }
        try {
            return ScenarioJson.read(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(text.tr("cli.noSuchFile", file));
        } catch (IOException e) {
            throw new UsageException(text.tr("cli.cannotRead", file, String.valueOf(e.getMessage())));
        } catch (ScenarioException e) {
            throw new UsageException(text.tr("cli.inFile", file, e.message(locale)));
        }
    }

    static Rulebook rulebook(String idOrPath, Path scenarioFile, Locale locale) throws UsageException {
        String target = idOrPath;
        if (!RulebookLoader.BUILT_IN.contains(idOrPath)) {
            Path relative = scenarioFile.toAbsolutePath().getParent().resolve(idOrPath);
            if (!Files.exists(Path.of(idOrPath)) && Files.exists(relative)) {
                target = relative.toString();
            }
            if (Files.isRegularFile(Path.of(target)) && !looksLikeRulebook(Path.of(target))) {
                // never quote the file: a scenario may name /etc/passwd or a private document
                throw new UsageException(DisplayText.of(locale).tr("cli.check.notRulebook", idOrPath));
            }
        }
        try {
            return RulebookLoader.load(target);
        } catch (RulebookException e) {
            throw new UsageException(DisplayText.of(locale).tr("cli.check.rulebook", e.message(locale)));
        }
    }

    /**
     * A JSON object with an {@code id} and a list of {@code rules}, of a size a rulebook has. Only then are the
     * loader's detailed messages, which quote the file's fields, worth showing.
     */
    private static boolean looksLikeRulebook(Path file) {
        try {
            if (Files.size(file) > MAX_RULEBOOK_BYTES) {
                return false;
            }
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return root != null && root.isObject() && root.path("id").isTextual() && root.path("rules").isArray();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static WorkingCalendar calendar(CliContext context) throws UsageException {
        try {
            return CalendarLoader.standard(context.holidays());
        } catch (ScheduleFileException e) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.holidaySchedule",
                    e.message(context.locale())));
        }
    }
}
