package cn.leavedesk.rules.check;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.rules.AbroadRules;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-trip limits abroad: how many countries and regions, and how many days for that many. Only trips of a kind
 * the rulebook counts are limited (Wuhan: official ones). A trip whose stops are all airside gets the
 * one-country day limit and a warning that no stop leaves the airport.
 */
public final class ItineraryCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        Optional<AbroadSummary> summary = AbroadFigures.of(ctx);
        Optional<AbroadRules> rules = ctx.rulebook().abroad();
        if (summary.isEmpty()) {
            return CheckResult.none();
        }
        List<Finding> findings = new ArrayList<>();
        if (rules.isPresent() && rules.get().hasTripLimits()
                && AbroadFigures.limitsApply(rules.get(), ctx.person(), ctx.request())) {
            AbroadRules r = rules.get();
            AbroadSummary s = summary.get();
            String citation = ctx.cite(r.article());
            if (ctx.request().stops().isEmpty()) {
                findings.add(Findings.violation(FindingCode.MISSING_FIELD, citation, ctx.messages().text("finding.noStops")));
            }
            if (AbroadFigures.allAirside(ctx.request().stops()) && s.maxDays().isPresent()) {
                // the trip went abroad, yet no stop is marked as leaving the airport: the destination is missing
                findings.add(Findings.warning(FindingCode.MISSING_FIELD, citation,
                        ctx.messages().text("finding.allAirside", s.maxDays().get())));
            }
            r.maxCountries().filter(max -> s.countedCountries() > max).ifPresent(max -> findings.add(
                    Findings.violation(FindingCode.TOO_MANY_COUNTRIES, citation,
                            ctx.messages().text("finding.tooManyCountries", s.countedCountries(), max))));
            s.maxDays().filter(max -> s.daysAbroad() > max).ifPresent(max -> findings.add(
                    Findings.violation(FindingCode.TOO_MANY_DAYS_ABROAD, citation,
                            ctx.messages().text("finding.tooManyDays", s.daysAbroad(),
                                    AbroadFigures.daysLimitCountries(ctx.request().stops()), max))));
        }
        return new CheckResult(List.of(), findings, Optional.empty(), Optional.empty(), summary);
    }
}
