package cn.leavedesk.rules.check;

import cn.leavedesk.calendar.WorkingDayCount;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The last filing day under the advance-notice rules (the earliest when several apply), whether the request
 * was filed late, and a warning when the count had to estimate a year with no official holiday schedule.
 */
public final class FilingDeadlineCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
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
            return CheckResult.none();
        }
        List<Finding> findings = new ArrayList<>();
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
}
