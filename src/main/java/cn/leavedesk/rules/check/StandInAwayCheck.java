package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Warns when the person named to be in charge meanwhile (外出期间主持工作的同志) is on the roster and away
 * during the same days. The mayor's stand-in is {@link PresidingCheck}'s business.
 */
public final class StandInAwayCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        if (ctx.person().role() == Role.MAYOR && ctx.rulebook().presiding().isPresent()) {
            return CheckResult.none();
        }
        Optional<Person> standIn = ctx.request().actingPerson().flatMap(ctx.roster()::find)
                .filter(p -> !p.id().equals(ctx.person().id()));
        if (standIn.isEmpty()) {
            return CheckResult.none();
        }
        List<Finding> findings = new ArrayList<>();
        for (Absence away : ctx.awayDuringRequest(standIn.get().id())) {
            findings.add(Findings.warning(FindingCode.NO_ONE_PRESIDING, null,
                    ctx.messages().text("finding.standInAway", standIn.get().displayName(),
                            away.depart().toString(), away.returnDate().toString(), away.id())));
        }
        return CheckResult.findings(findings);
    }
}
