package cn.leavedesk.rules;

import java.util.List;
import java.util.Optional;

/**
 * One provision of a work rule: when it applies, the chain it requires, its advance-notice period in working
 * days, the request fields it needs, findings it always raises, and what is owed after return.
 *
 * @param article the article as cited, e.g. "第五十二条（二）"; the rulebook's document number is prefixed
 * @param beforehand the article's words that make the request due by the departure day (or the meeting day)
 *                   without a number of days, e.g. "事先报告市长" or "会前…书面请假"
 */
public record Rule(String id, String article, LocalizedText summary, Condition when, List<StepTemplate> steps,
                   Optional<Integer> advanceWorkingDays, Optional<String> beforehand, List<String> requiredFields,
                   List<RuleFinding> findings, Optional<AfterReturn> afterReturn) {
    public Rule {
        steps = List.copyOf(steps);
        requiredFields = List.copyOf(requiredFields);
        findings = List.copyOf(findings);
    }
}
