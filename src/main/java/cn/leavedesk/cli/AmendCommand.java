package cn.leavedesk.cli;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.io.ScenarioException;
import cn.leavedesk.io.ScenarioJson;
import cn.leavedesk.service.AbsenceLifecycleService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code leavedesk [--db FILE] [--as CLERK] amend ID --from ABSENCE.json --reason TEXT}: a new version (变更). The
 * file is one ABSENCE of check's contract with a new id; the new version's evaluation is printed as {@code check}
 * prints one, with the id first. The amendment is stored whatever the verdict (exit 0), as the client stores it
 * after asking once.
 */
public final class AmendCommand implements Command {
    @Override
    public String name() {
        return "amend";
    }

    @Override
    public String synopsis() {
        return "amend ID --from ABSENCE.json --reason TEXT   a new version (amendment); prints its evaluation";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Locale locale = context.locale();
        LifecycleArgs parsed = LifecycleArgs.parse(name(), args, 1, List.of("--from", "--reason"), List.of(), locale);
        String id = parsed.positional(0, "ID");
        Path file = Path.of(parsed.required("--from"));
        String reason = parsed.required("--reason");
        AbsenceLifecycleService.Amended amended;
        try (LifecycleSession session = LifecycleSession.forChanging(context)) {
            Set<String> roster = session.db.people().all().stream().map(Person::id).collect(Collectors.toSet());
            Absence newVersion;
            try {
                newVersion = ScenarioJson.readAbsence(file, roster);
            } catch (ScenarioException e) {
                throw CliValues.refuse(locale, "cli.life.badAbsenceFile", file, e.message(locale));
            } catch (IOException e) {
                throw CliValues.refuse(locale, "cli.life.unreadable", file);
            }
            amended = session.lifecycle.amend(id, newVersion, reason, session.clerk);
        }
        context.out().println(LifecycleJson.amended(amended.id(), amended.evaluation()));
        return 0;
    }
}
