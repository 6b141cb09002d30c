package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.QuorumRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Warns when a member's absence leaves no more than half of a meeting's members present on that day, so the
 * meeting cannot be held (Hegang 第三十七条: more than half of the executive meeting must attend).
 */
public final class QuorumCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        if (ctx.rulebook().quorum().isEmpty() || ctx.request().kind() != Kind.MEETING_ABSENCE
                || !ctx.request().isActive()) {
            return CheckResult.none();
        }
        QuorumRule rule = ctx.rulebook().quorum().get();
        if (ctx.request().meeting().filter(m -> m.type() == rule.meetingType()).isEmpty()
                || !rule.memberRoles().contains(ctx.person().role())) {
            return CheckResult.none();
        }
        Set<String> members = new TreeSet<>();
        ctx.roster().people().stream().filter(p -> rule.memberRoles().contains(p.role())).map(Person::id)
                .forEach(members::add);
        Set<String> absent = new TreeSet<>();
        Stream.concat(ctx.others().stream(), Stream.of(ctx.request()))
                .filter(a -> a.kind() == Kind.MEETING_ABSENCE)
                .filter(a -> a.depart().equals(ctx.request().depart()))
                .filter(a -> a.meeting().filter(m -> m.type() == rule.meetingType()).isPresent())
                .map(Absence::personId)
                .filter(members::contains)
                .forEach(absent::add);
        int present = members.size() - absent.size();
        if (present * 2 > members.size()) {
            return CheckResult.none();
        }
        return CheckResult.findings(List.of(Findings.warning(FindingCode.QUORUM_AT_RISK, ctx.cite(rule.article()),
                ctx.messages().text("finding.quorum", ctx.messages().label(rule.meetingType()),
                        ctx.request().depart().toString(), present, members.size()))));
    }
}
