package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about another active absence of the same person on overlapping dates. A meeting absence inside a
 * trip is the trip's natural consequence, not a double booking, so that pairing is not reported.
 */
public final class OverlapCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        Absence request = ctx.request();
        List<Finding> findings = new ArrayList<>();
        for (Absence other : ctx.others()) {
            if (!other.personId().equals(request.personId()) || !other.overlaps(request)) {
                continue;
            }
            boolean oneIsMeeting = (other.kind() == Kind.MEETING_ABSENCE) != (request.kind() == Kind.MEETING_ABSENCE);
            if (oneIsMeeting) {
                continue;
            }
            findings.add(Findings.warning(FindingCode.OVERLAPPING_ABSENCE, null,
                    ctx.messages().text("finding.overlap", other.id(), ctx.messages().label(other.kind()),
                            other.depart().toString(), other.returnDate().toString())));
        }
        return CheckResult.findings(findings);
    }
}
