package cn.leavedesk.rules;

import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Severity;

/** A finding a rule raises whenever it applies, e.g. RULEBOOK_INCOMPLETE where the source text is missing. */
public record RuleFinding(FindingCode code, Severity severity, LocalizedText message) {
}
