package cn.leavedesk.cli;

import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.store.PersonYear;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code report --format json} result in the contract's shape and field order. */
final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static ObjectNode toJson(AnnualReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", report.year());
        ArrayNode people = root.putArray("people");
        for (PersonYear line : report.people()) {
            ObjectNode person = people.addObject();
            person.put("id", line.id());
            person.put("name", line.name());
            person.put("role", line.role().name());
            ObjectNode absences = person.putObject("absences");
            line.absences().forEach((kind, count) -> absences.put(kind.name(), count));
            person.put("daysAway", line.daysAway());
            person.put("tripsAbroad", line.tripsAbroad());
        }
        return root;
    }

    static String write(AnnualReport report) {
        try {
            return JSON.writeValueAsString(toJson(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
