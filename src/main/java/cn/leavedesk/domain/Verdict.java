package cn.leavedesk.domain;

import java.util.List;

public enum Verdict {
    OK,
    WARN,
    VIOLATION;

    /** VIOLATION if any finding is one, else WARN if any is a warning, else OK. */
    public static Verdict of(List<Finding> findings) {
        boolean warning = false;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.VIOLATION) {
                return VIOLATION;
            }
            warning = true;
        }
        return warning ? WARN : OK;
    }
}
