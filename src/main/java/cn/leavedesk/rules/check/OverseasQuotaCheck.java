package cn.leavedesk.rules.check;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.rules.AbroadRules;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Quota;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A leader's trips abroad against the quota of their group. With both a per-term and a per-two-year limit,
 * the rulebook's reading decides: EITHER (exceeding one is a warning, both a violation) or BOTH (each
 * exceeded limit is a violation). A per-term limit with no term on record is a TERM_UNKNOWN warning.
 */
public final class OverseasQuotaCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        Optional<AbroadRules> rules = ctx.rulebook().abroad();
        Optional<AbroadSummary> summary = AbroadFigures.of(ctx);
        if (rules.isEmpty() || summary.isEmpty() || !ctx.request().isActive()
                || !rules.get().counts(ctx.request().kind())) {
            return CheckResult.none();
        }
        Optional<Quota> quota = quotaFor(rules.get(), ctx.person());
        if (quota.isEmpty()) {
            return CheckResult.none();
        }
        Quota q = quota.get();
        AbroadSummary s = summary.get();
        String citation = ctx.cite(rules.get().article());
        String group = q.label().in(ctx.messages().locale());
        List<Finding> findings = new ArrayList<>();
        q.perYear().filter(max -> s.tripsThisYear() > max).ifPresent(max -> findings.add(
                Findings.violation(FindingCode.ABROAD_YEAR_LIMIT, citation, ctx.messages().text("finding.yearLimit",
                        String.valueOf(ctx.request().depart().getYear()), s.tripsThisYear(), max, group))));

        boolean termKnown = s.tripsThisTerm().isPresent();
        boolean termExceeded = q.perTerm().isPresent() && termKnown && s.tripsThisTerm().get() > q.perTerm().get();
        boolean twoExceeded = q.perTwoYears().isPresent() && s.tripsInTwoYears() > q.perTwoYears().get();
        boolean pair = q.perTerm().isPresent() && q.perTwoYears().isPresent();
        Severity termSeverity = Severity.VIOLATION;
        Severity twoSeverity = Severity.VIOLATION;
        String why = group;
        if (pair && q.combine() == Quota.Combine.EITHER) {
            boolean both = termExceeded && twoExceeded;
            termSeverity = both ? Severity.VIOLATION : Severity.WARNING;
            twoSeverity = both ? Severity.VIOLATION : Severity.WARNING;
            why = group + "；" + ctx.messages().text(both ? "finding.bothExceeded" : "finding.eitherReading");
        } else if (pair) {
            why = group + "；" + ctx.messages().text("finding.bothReading");
        }
        if (termExceeded) {
            findings.add(Findings.of(FindingCode.ABROAD_TERM_LIMIT, termSeverity, citation, ctx.messages().text(
                    "finding.termLimit", s.tripsThisTerm().get(), q.perTerm().get(), why)));
        }
        if (twoExceeded) {
            findings.add(Findings.of(FindingCode.ABROAD_TWO_YEAR_LIMIT, twoSeverity, citation, ctx.messages().text(
                    "finding.twoYearLimit", s.tripsInTwoYears(), q.perTwoYears().get(), why)));
        }
        if (q.perTerm().isPresent() && !termKnown) {
            findings.add(Findings.warning(FindingCode.TERM_UNKNOWN, citation,
                    ctx.messages().text("finding.termUnknown", ctx.person().displayName())));
        }
        return CheckResult.findings(findings);
    }

    /** The first quota group whose roles and portfolios fit the person. */
    public static Optional<Quota> quotaFor(AbroadRules rules, Person person) {
        return rules.quotas().stream()
                .filter(q -> q.roles().contains(person.role()))
                .filter(q -> q.portfoliosAny().isEmpty() || q.portfoliosAny().stream().anyMatch(person::hasPortfolio))
                .findFirst();
    }
}
