package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Presiding;
import cn.leavedesk.domain.Role;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Condition;
import cn.leavedesk.rules.PresidingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who presides over the government's work while the mayor is away: the executive vice-mayor, or the
 * vice-mayor the mayor designated (Shaoxing). Warns when no one is left to preside.
 */
public final class PresidingCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        if (ctx.person().role() != Role.MAYOR || ctx.rulebook().presiding().isEmpty()) {
            return CheckResult.none();
        }
        PresidingRule rule = ctx.rulebook().presiding().get();
        if (!applies(rule.when(), ctx.request())) {
            return CheckResult.none();
        }
        String citation = ctx.cite(rule.article());
        List<Finding> findings = new ArrayList<>();
        Optional<Person> presider = switch (rule.presider()) {
            case EXECUTIVE_VICE_MAYOR -> {
                Optional<Person> evm = ctx.roster().first(Role.EXECUTIVE_VICE_MAYOR);
                if (evm.isEmpty()) {
                    findings.add(Findings.warning(FindingCode.NO_ONE_PRESIDING, citation,
                            ctx.messages().text("finding.presiderMissing", ctx.messages().label(Role.EXECUTIVE_VICE_MAYOR))));
                }
                yield evm;
            }
            case DESIGNATED_VICE_MAYOR -> designated(ctx, citation, findings);
        };
        presider.ifPresent(p -> {
            for (Absence away : ctx.awayDuringRequest(p.id())) {
                findings.add(Findings.warning(FindingCode.NO_ONE_PRESIDING, citation,
                        ctx.messages().text("finding.presiderAway", p.displayName(), away.depart().toString(),
                                away.returnDate().toString(), away.id())));
            }
        });
        return new CheckResult(List.of(), findings, Optional.empty(),
                presider.map(p -> new Presiding(p.id(), citation)), Optional.empty());
    }

    private static Optional<Person> designated(CheckContext ctx, String citation, List<Finding> findings) {
        Optional<String> named = ctx.request().actingPerson().filter(s -> !s.isBlank());
        if (named.isEmpty()) {
            // 第七条 says 可 (may): no designation is no breach, but the clerk should know no one presides
            findings.add(Findings.warning(FindingCode.NO_ONE_PRESIDING, citation,
                    ctx.messages().text("finding.notDesignated", citation)));
            return Optional.empty();
        }
        Optional<Person> person = byIdOrName(ctx, named.get())
                .filter(p -> p.role() == Role.VICE_MAYOR || p.role() == Role.EXECUTIVE_VICE_MAYOR);
        if (person.isEmpty()) {
            findings.add(Findings.warning(FindingCode.NO_ONE_PRESIDING, citation,
                    ctx.messages().text("finding.designeeNotViceMayor", named.get(), citation)));
        }
        return person;
    }

    /** A clerk may write the designee's name rather than the roster id; a name shared by two people is no answer. */
    private static Optional<Person> byIdOrName(CheckContext ctx, String named) {
        Optional<Person> byId = ctx.roster().find(named);
        if (byId.isPresent()) {
            return byId;
        }
        List<Person> byName = ctx.roster().people().stream().filter(p -> p.name().equals(named)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    static boolean applies(Condition when, Absence request) {
        return (when.kinds().isEmpty() || when.kinds().contains(request.kind()))
                && (when.scopes().isEmpty() || when.scopes().contains(request.scope()));
    }
}
