package cn.leavedesk.rules;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.Presiding;
import cn.leavedesk.domain.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What one check contributes to an evaluation. */
public record CheckResult(List<Step> steps, List<Finding> findings, Optional<LocalDate> fileBy,
                          Optional<Presiding> presiding, Optional<AbroadSummary> abroad) {
    public CheckResult {
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
    }

    public static CheckResult none() {
        return new CheckResult(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static CheckResult findings(List<Finding> findings) {
        return new CheckResult(List.of(), findings, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
