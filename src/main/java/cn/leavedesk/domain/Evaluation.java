package cn.leavedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything the engine says about one request. */
public record Evaluation(Verdict verdict, List<Finding> findings, List<Step> chain, Optional<LocalDate> fileBy,
                         Optional<Presiding> presiding, Optional<AbroadSummary> abroad, List<String> readings) {
    public Evaluation {
        findings = List.copyOf(findings);
        chain = List.copyOf(chain);
        readings = List.copyOf(readings);
    }
}
