package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Severity;
import java.util.Optional;

/** Small factory so that checks read as what they find. */
final class Findings {
    private Findings() {
    }

    static Finding of(FindingCode code, Severity severity, String citation, String message) {
        return new Finding(code, severity, Optional.ofNullable(citation), message);
    }

    static Finding violation(FindingCode code, String citation, String message) {
        return of(code, Severity.VIOLATION, citation, message);
    }

    static Finding warning(FindingCode code, String citation, String message) {
        return of(code, Severity.WARNING, citation, message);
    }
}
