package cn.leavedesk.cli;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.DisplayText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The commands that record what happened on a day: {@code depart ID --on DATE}, {@code return ID --on DATE} (销假)
 * and {@code report-submitted ID --on DATE}. A day after today is refused: these record facts.
 */
public final class DayCommand implements Command {
    /** One of the three facts. */
    enum Fact {
        DEPART("depart", "depart ID --on DATE   the day the person actually left", "cli.life.departed"),
        RETURN("return", "return ID --on DATE   the day the person actually came back (report back)", "cli.life.returned"),
        REPORT("report-submitted", "report-submitted ID --on DATE   the written report owed after return was"
                + " handed in", "cli.life.reported");

        final String command;
        final String synopsis;
        final String doneKey;

        Fact(String command, String synopsis, String doneKey) {
            this.command = command;
            this.synopsis = synopsis;
            this.doneKey = doneKey;
        }
    }

    private final Fact fact;

    DayCommand(Fact fact) {
        this.fact = fact;
    }

    @Override
    public String name() {
        return fact.command;
    }

    @Override
    public String synopsis() {
        return fact.synopsis;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Locale locale = context.locale();
        LifecycleArgs parsed = LifecycleArgs.parse(name(), args, 1, List.of("--on"), List.of(), locale);
        String id = parsed.positional(0, "ID");
        LocalDate day = CliValues.date(locale, "--on", parsed.required("--on"));
        try (LifecycleSession session = LifecycleSession.forChanging(context)) {
            AbsenceLifecycleService lifecycle = session.lifecycle;
            Actor clerk = session.clerk;
            switch (fact) {
                case DEPART -> lifecycle.recordDeparture(id, day, clerk);
                case RETURN -> lifecycle.recordReturn(id, day, clerk);
                case REPORT -> lifecycle.reportSubmitted(id, day, clerk);
            }
        }
        context.out().println(DisplayText.of(locale).tr(fact.doneKey, id, day));
        return 0;
    }
}
