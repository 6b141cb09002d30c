package cn.leavedesk.rules.check;

import cn.leavedesk.calendar.WorkingDayCount;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Whether the request was filed in time. Two kinds of deadline: an advance-notice period in working days
 * (the earliest when several apply; it sets {@code fileBy}), and the articles that say 事先 / 会前
 * (beforehand) without a number, which make the departure day — for a meeting absence, the meeting day —
 * the last day. Only dates are recorded, so filing on that day itself is accepted. A count that had to
 * estimate a year with no official holiday schedule adds a warning. A cancelled request owes nothing.
 */
public final class FilingDeadlineCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        if (!ctx.request().isActive()) {
            return CheckResult.none();
        }
        List<Finding> findings = new ArrayList<>(beforehand(ctx));
        LocalDate fileBy = null;
        Rule binding = null;
        SortedSet<Integer> unknownYears = new TreeSet<>();
        for (Rule rule : ctx.match().rules()) {
            Optional<WorkingDayCount> count = Deadlines.fileBy(rule, ctx.request(), ctx.calendar());
            if (count.isEmpty()) {
                continue;
            }
            unknownYears.addAll(count.get().yearsWithoutSchedule());
            if (fileBy == null || count.get().day().isBefore(fileBy)) {
                fileBy = count.get().day();
                binding = rule;
            }
        }
        if (fileBy == null) {
            return CheckResult.findings(findings);
        }
        String citation = ctx.cite(binding.article());
        LocalDate deadline = fileBy;
        Rule rule = binding;
        ctx.request().filed().filter(filed -> filed.isAfter(deadline)).ifPresent(filed -> findings.add(
                Findings.violation(FindingCode.LATE_FILING, citation, ctx.messages().text("finding.lateFiling",
                        filed.toString(), deadline.toString(), ctx.request().depart().toString(),
                        rule.advanceWorkingDays().orElseThrow()))));
        for (Integer year : unknownYears) {
            findings.add(Findings.warning(FindingCode.CALENDAR_UNKNOWN, citation,
                    ctx.messages().text("finding.calendarUnknown", String.valueOf(year))));
        }
        return new CheckResult(List.of(), findings, Optional.of(fileBy), Optional.empty(), Optional.empty());
    }

    /** One LATE_FILING per article that says 事先 / 会前, when the request was filed after the day it names. */
    private static List<Finding> beforehand(CheckContext ctx) {
        Absence request = ctx.request();
        Optional<LocalDate> filed = request.filed().filter(f -> f.isAfter(request.depart()));
        if (filed.isEmpty()) {
            return List.of();
        }
        String key = request.kind() == Kind.MEETING_ABSENCE ? "finding.lateBeforeMeeting" : "finding.lateBeforehand";
        Set<String> cited = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : ctx.match().rules()) {
            if (rule.beforehand().isEmpty() || !cited.add(ctx.cite(rule.article()))) {
                continue;
            }
            String citation = ctx.cite(rule.article());
            findings.add(Findings.violation(FindingCode.LATE_FILING, citation, ctx.messages().text(key,
                    filed.get().toString(), request.depart().toString(), citation, rule.beforehand().get())));
        }
        return findings;
    }
}
