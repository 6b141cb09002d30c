package cn.leavedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine says about one request.
 *
 * @param afterReturn what is owed once the person is back, per the applicable rules
 * @param readings the interpretive choices of the rulebook that this result depends on, for display
 */
public record Evaluation(Verdict verdict, List<Finding> findings, List<Step> chain, Optional<LocalDate> fileBy,
                         Optional<Presiding> presiding, Optional<AbroadSummary> abroad, List<AfterReturnDuty> afterReturn,
                         List<String> readings) {
    public Evaluation {
        findings = List.copyOf(findings);
        chain = List.copyOf(chain);
        afterReturn = List.copyOf(afterReturn);
        readings = List.copyOf(readings);
    }
}
