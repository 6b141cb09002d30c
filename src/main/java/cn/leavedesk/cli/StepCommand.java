package cn.leavedesk.cli;

import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.service.DisplayText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code step ID N --done --on DATE [--how WRITTEN|ORAL|IN_PERSON] [--note TEXT]} ticks step N (1-based, as
 * {@code show} numbers them; how defaults to WRITTEN); {@code step ID N --undo --reason TEXT} takes back a tick made
 * by mistake, the history keeping both.
 */
public final class StepCommand implements Command {
    @Override
    public String name() {
        return "step";
    }

    @Override
    public String synopsis() {
        return "step ID N --done --on DATE [--how WRITTEN|ORAL|IN_PERSON] [--note TEXT] | step ID N --undo --reason"
                + " TEXT";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Locale locale = context.locale();
        LifecycleArgs parsed = LifecycleArgs.parse(name(), args, 2, List.of("--on", "--how", "--note", "--reason"),
                List.of("--done", "--undo"), locale);
        String id = parsed.positional(0, "ID");
        String numberText = parsed.positional(1, "N");
        int number;
        try {
            number = Integer.parseInt(numberText.strip());
        } catch (NumberFormatException e) {
            throw CliValues.refuse(locale, "cli.life.badStep", numberText);
        }
        boolean done = parsed.flag("--done");
        boolean undo = parsed.flag("--undo");
        if (done == undo) {
            throw CliValues.refuse(locale, "cli.life.doneOrUndo");
        }
        if (done) {
            if (parsed.option("--reason").isPresent()) {
                throw CliValues.refuse(locale, "cli.life.notWith", "--reason", "--done");
            }
            LocalDate day = CliValues.date(locale, "--on", parsed.required("--on"));
            DoneHow how = how(parsed.option("--how").orElse(DoneHow.WRITTEN.name()), locale);
            try (LifecycleSession session = LifecycleSession.forChanging(context)) {
                session.lifecycle.stepDone(id, number, day, how, parsed.option("--note"), session.clerk);
            }
            context.out().println(DisplayText.of(locale).tr("cli.life.stepDone", id, number, day));
        } else {
            for (String option : List.of("--on", "--how", "--note")) {
                if (parsed.option(option).isPresent()) {
                    throw CliValues.refuse(locale, "cli.life.notWith", option, "--undo");
                }
            }
            String reason = parsed.required("--reason");
            try (LifecycleSession session = LifecycleSession.forChanging(context)) {
                session.lifecycle.stepUndo(id, number, reason, session.clerk);
            }
            context.out().println(DisplayText.of(locale).tr("cli.life.stepUndone", id, number));
        }
        return 0;
    }

    private static DoneHow how(String text, Locale locale) throws UsageException {
        try {
            return DoneHow.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliValues.refuse(locale, "cli.life.badHow", text);
        }
    }
}
