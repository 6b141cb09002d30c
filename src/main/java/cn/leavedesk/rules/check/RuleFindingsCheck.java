package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Finding;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Rule;
import cn.leavedesk.rules.RuleFinding;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings a rulebook attaches to a rule, such as RULEBOOK_INCOMPLETE where the governing text is missing
 * from the source or refers to a procedure it does not spell out.
 */
public final class RuleFindingsCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : ctx.match().rules()) {
            for (RuleFinding f : rule.findings()) {
                findings.add(Findings.of(f.code(), f.severity(), ctx.cite(rule.article()),
                        f.message().in(ctx.messages().locale())));
            }
        }
        return CheckResult.findings(findings);
    }
}
