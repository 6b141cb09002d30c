package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The facts a rule requires the written request to state (Hegang 第五十二条（三）), each missing one named. */
public final class RequiredFieldsCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Rule rule : ctx.match().rules()) {
            for (String field : rule.requiredFields()) {
                if (!present(ctx.request(), field) && reported.add(field)) {
                    String citation = ctx.cite(rule.article());
                    findings.add(Findings.violation(FindingCode.MISSING_FIELD, citation,
                            ctx.messages().text("finding.missingField", ctx.messages().field(field), citation)));
                }
            }
        }
        return CheckResult.findings(findings);
    }

    static boolean present(Absence request, String field) {
        return switch (field) {
            case "filed" -> request.filed().isPresent();
            case "destination" -> filled(request.destination());
            case "reason" -> filled(request.reason());
            case "contact" -> filled(request.contact());
            case "actingPerson" -> filled(request.actingPerson());
            case "attachments" -> request.attachments().stream().anyMatch(a -> !a.isBlank());
            case "stops" -> !request.stops().isEmpty();
            case "meeting" -> request.meeting().isPresent();
            case "meeting.convener" -> request.meeting().flatMap(m -> m.convener()).isPresent();
            default -> throw new IllegalArgumentException("unknown request field " + field);
        };
    }

    private static boolean filled(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
