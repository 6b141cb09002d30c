package cn.leavedesk.rules.check;

import cn.leavedesk.calendar.WorkingDayCount;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Step;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Rule;
import cn.leavedesk.rules.StepTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The approvals, reports, filings and notifications the applicable rules require, in rulebook order, each
 * with its article; the step an advance-notice period binds carries its last day. Also reports what the
 * chain cannot be worked out without: the meeting, its convener, the supervising vice-mayor.
 */
public final class ChainCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        List<Step> steps = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean needsSupervisor = false;
        for (Rule rule : ctx.match().rules()) {
            Optional<LocalDate> by = Deadlines.fileBy(rule, ctx.request(), ctx.calendar()).map(WorkingDayCount::day);
            for (StepTemplate template : rule.steps()) {
                steps.add(new Step(template.action(), template.party(),
                        template.deadline() ? by : Optional.empty(), ctx.cite(rule.article())));
                if (template.party() == Party.SUPERVISING_VICE_MAYOR && ctx.person().supervisor().isEmpty()) {
                    needsSupervisor = true;
                }
            }
        }
        if (ctx.match().needsMeeting()) {
            findings.add(Findings.violation(FindingCode.MISSING_FIELD, null,
                    ctx.messages().text("finding.missingMeeting")));
        }
        if (ctx.match().needsConvener()) {
            findings.add(Findings.violation(FindingCode.MISSING_FIELD, null,
                    ctx.messages().text("finding.missingConvener", ctx.rulebook().document())));
        }
        if (needsSupervisor) {
            findings.add(Findings.warning(FindingCode.MISSING_FIELD, null,
                    ctx.messages().text("finding.missingSupervisor", ctx.person().displayName())));
        }
        return new CheckResult(steps, findings, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
