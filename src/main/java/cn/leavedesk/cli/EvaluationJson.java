package cn.leavedesk.cli;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.AfterReturnDuty;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.Step;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code check} result in the command-line contract's JSON shape, fields in the contract's order; {@code duties}
 * (what is owed after return) only when something is.
 */
public final class EvaluationJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {
    }

    public static ObjectNode toJson(Evaluation evaluation) {
        ObjectNode root = JSON.createObjectNode();
        root.put("verdict", evaluation.verdict().name());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : evaluation.findings()) {
            ObjectNode node = findings.addObject();
            node.put("code", f.code().name());
            node.put("severity", f.severity().name());
            if (f.article().isPresent()) {
                node.put("article", f.article().get());
            } else {
                node.putNull("article");
            }
            node.put("message", f.message());
        }
        ArrayNode chain = root.putArray("chain");
        for (Step s : evaluation.chain()) {
            ObjectNode node = chain.addObject();
            node.put("action", s.action().name());
            node.put("party", s.party().name());
            s.by().ifPresent(by -> node.put("by", by.toString()));
            node.put("article", s.article());
        }
        if (evaluation.fileBy().isPresent()) {
            root.put("fileBy", evaluation.fileBy().get().toString());
        } else {
            root.putNull("fileBy");
        }
        if (evaluation.presiding().isPresent()) {
            ObjectNode p = root.putObject("presiding");
            p.put("person", evaluation.presiding().get().personId());
            p.put("article", evaluation.presiding().get().article());
        } else {
            root.putNull("presiding");
        }
        if (evaluation.abroad().isPresent()) {
            AbroadSummary a = evaluation.abroad().get();
            ObjectNode node = root.putObject("abroad");
            node.put("countedCountries", a.countedCountries());
            node.put("daysAbroad", a.daysAbroad());
            if (a.maxDays().isPresent()) {
                node.put("maxDays", a.maxDays().get());
            } else {
                node.putNull("maxDays");
            }
            node.put("tripsThisYear", a.tripsThisYear());
            if (a.tripsThisTerm().isPresent()) {
                node.put("tripsThisTerm", a.tripsThisTerm().get());
            } else {
                node.putNull("tripsThisTerm");
            }
            node.put("tripsInTwoYears", a.tripsInTwoYears());
        } else {
            root.putNull("abroad");
        }
        // optional in the contract: omitted when nothing is owed after return
        ArrayNode duties = JSON.createArrayNode();
        for (AfterReturnDuty duty : evaluation.afterReturn()) {
            if (duty.cancelLeave()) {
                duties.addObject().put("duty", "CANCEL_LEAVE").put("article", duty.article());
            }
            if (!duty.writtenReportTo().isEmpty()) {
                duties.addObject().put("duty", "WRITTEN_REPORT").put("article", duty.article());
            }
        }
        if (!duties.isEmpty()) {
            root.set("duties", duties);
        }
        return root;
    }

    public static String write(Evaluation evaluation) {
        try {
            return JSON.writeValueAsString(toJson(evaluation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
