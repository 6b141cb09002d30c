package cn.leavedesk.ui.request;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.AfterReturnDuty;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.Labels;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the engine said about the draft, worded for the result panel. Parties, actions and verdicts are named with
 * the rules engine's bundle, so the panel says them exactly as the findings and the rulebook screen do.
 */
public record RequestResult(Verdict verdict, String verdictText, List<String> chain, String fileBy,
                            Optional<String> presiding, List<String> abroad, List<FindingLine> findings,
                            List<String> afterReturn, List<String> readings) {
    public RequestResult {
        chain = List.copyOf(chain);
        abroad = List.copyOf(abroad);
        findings = List.copyOf(findings);
        afterReturn = List.copyOf(afterReturn);
        readings = List.copyOf(readings);
    }

    /** One finding: its severity for the colour, and its text with the article. */
    public record FindingLine(Severity severity, String text) {
    }

    static RequestResult of(Evaluation evaluation, Roster roster, Labels labels) {
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < evaluation.chain().size(); i++) {
            chain.add(stepLine(i + 1, evaluation.chain().get(i), labels));
        }
        String fileBy = evaluation.fileBy().map(d -> I18n.tr("request.result.fileBy", d.toString()))
                .orElseGet(() -> I18n.tr("request.result.fileBy.none"));
        Optional<String> presiding = evaluation.presiding().map(p -> I18n.tr("request.result.presiding",
                roster.find(p.personId()).map(Person::displayName).orElse(p.personId()), p.article()));
        List<String> abroad = evaluation.abroad().map(RequestResult::abroadLines).orElse(List.of());
        List<FindingLine> findings = evaluation.findings().stream()
                .map(f -> new FindingLine(f.severity(), findingLine(f, labels))).toList();
        List<String> afterReturn = evaluation.afterReturn().stream()
                .flatMap(d -> dutyLines(d, labels).stream()).toList();
        return new RequestResult(evaluation.verdict(), labels.of(evaluation.verdict()), chain, fileBy, presiding,
                abroad, findings, afterReturn, evaluation.readings());
    }

    static String stepLine(int number, Step step, Labels labels) {
        String by = step.by().map(d -> I18n.tr("request.chain.by", d.toString())).orElse("");
        return I18n.tr("request.chain.step", String.valueOf(number), labels.of(step.action()),
                labels.of(step.party()), by, step.article());
    }

    private static List<String> abroadLines(AbroadSummary a) {
        String days = a.maxDays().map(max -> I18n.tr("request.abroad.daysOfMax", a.daysAbroad(), max))
                .orElseGet(() -> I18n.tr("request.abroad.days", a.daysAbroad()));
        String term = a.tripsThisTerm().map(String::valueOf).orElseGet(() -> I18n.tr("request.abroad.noTerm"));
        return List.of(I18n.tr("request.abroad.countries", a.countedCountries()), days,
                I18n.tr("request.abroad.trips", a.tripsThisYear(), term, a.tripsInTwoYears()));
    }

    private static String findingLine(Finding finding, Labels labels) {
        String text = labels.of(finding.severity()) + I18n.tr("request.finding.separator") + finding.message();
        return finding.article().map(article -> I18n.tr("request.finding.withArticle", text, article)).orElse(text);
    }

    private static List<String> dutyLines(AfterReturnDuty duty, Labels labels) {
        List<String> lines = new ArrayList<>();
        if (duty.cancelLeave()) {
            lines.add(I18n.tr("request.afterReturn.cancel", duty.article()));
        }
        if (!duty.writtenReportTo().isEmpty()) {
            String parties = duty.writtenReportTo().stream().map(p -> labels.of((Party) p))
                    .collect(Collectors.joining(I18n.tr("request.listSeparator")));
            lines.add(I18n.tr("request.afterReturn.report", duty.condition(), parties, duty.article()));
        }
        return lines;
    }
}
