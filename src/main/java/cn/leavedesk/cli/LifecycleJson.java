package cn.leavedesk.cli;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.service.AbsenceDetails;
import cn.leavedesk.service.TodoItem;
import cn.leavedesk.service.TodoList;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;

/** {@code show} and {@code todo} in lifecycle-contract.md's JSON shape, fields in the contract's order. */
final class LifecycleJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LifecycleJson() {
    }

    static String show(AbsenceDetails d) {
        Absence a = d.absence();
        ObjectNode root = JSON.createObjectNode();
        root.put("id", a.id());
        root.put("person", a.personId());
        root.put("status", d.state().name());
        text(root, "supersededBy", d.supersededBy());
        text(root, "supersedes", d.supersedes());
        root.put("kind", a.kind().name());
        root.put("scope", a.scope().name());
        day(root, "filed", a.filed());
        root.put("depart", a.depart().toString());
        root.put("return", a.returnDate().toString());
        day(root, "departedOn", d.departedOn());
        day(root, "returnedOn", d.returnedOn());
        ObjectNode evaluation = EvaluationJson.toJson(d.evaluation());
        root.set("verdict", evaluation.get("verdict"));
        root.set("findings", evaluation.get("findings"));
        ArrayNode chain = root.putArray("chain");
        for (AbsenceDetails.StepLine s : d.chain()) {
            ObjectNode node = chain.addObject();
            node.put("step", s.number());
            node.put("action", s.step().action().name());
            node.put("party", s.step().party().name());
            node.put("article", s.step().article());
            day(node, "by", s.step().by());
            node.put("due", s.due().toString());
            node.put("state", s.status().name());
            if (s.done().isPresent()) {
                AbsenceDetails.StepDone done = s.done().get();
                ObjectNode doneNode = node.putObject("done");
                doneNode.put("on", done.on().toString());
                doneNode.put("by", done.by());
                doneNode.put("how", done.how().name());
                text(doneNode, "note", done.note());
            } else {
                node.putNull("done");
            }
        }
        ArrayNode duties = root.putArray("duties");
        for (AbsenceDetails.DutyLine duty : d.duties()) {
            ObjectNode node = duties.addObject();
            node.put("duty", duty.duty().name());
            node.put("article", duty.article());
            node.put("due", duty.due().toString());
            day(node, "done", duty.done());
            if (!duty.to().isEmpty()) {
                ArrayNode to = node.putArray("to");
                duty.to().forEach(p -> to.add(p.name()));
            }
        }
        ArrayNode events = root.putArray("events");
        for (AbsenceDetails.EventLine e : d.events()) {
            ObjectNode node = events.addObject();
            node.put("type", e.type().name());
            node.put("on", e.on().toString());
            node.put("by", e.by());
            node.put("detail", e.detail());
            e.step().ifPresent(n -> node.put("step", n));
            e.related().ifPresent(r -> node.put("related", r));
        }
        // the rest of the record, after the contract's fields
        ObjectNode fields = root;
        fields.put("personName", d.person().name());
        ArrayNode versions = fields.putArray("versions");
        d.versions().forEach(versions::add);
        text(fields, "destination", a.destination());
        text(fields, "reason", a.reason());
        text(fields, "contact", a.contact());
        text(fields, "actingPerson", a.actingPerson());
        ArrayNode stops = fields.putArray("stops");
        for (Stop stop : a.stops()) {
            stops.addObject().put("country", stop.country()).put("leavesAirport", stop.leavesAirport());
        }
        ArrayNode attachments = fields.putArray("attachments");
        for (AttachmentInfo info : d.attachments()) {
            ObjectNode node = attachments.addObject();
            node.put("id", info.id());
            node.put("fileName", info.fileName());
            if (info.size().isPresent()) {
                node.put("size", info.size().get());
            } else {
                node.putNull("size");
            }
        }
        a.meeting().ifPresent(m -> {
            ObjectNode node = fields.putObject("meeting");
            node.put("type", m.type().name());
            text(node, "convener", m.convener());
        });
        return write(root);
    }

    static String todo(TodoList list) {
        ObjectNode root = JSON.createObjectNode();
        root.put("asOf", list.asOf().toString());
        ArrayNode items = root.putArray("items");
        for (TodoItem item : list.items()) {
            ObjectNode node = items.addObject();
            node.put("type", item.type().name());
            node.put("absence", item.absence());
            node.put("person", item.person());
            if (item.step().isPresent()) {
                node.put("step", item.step().get());
            } else {
                node.putNull("step");
            }
            node.put("due", item.due().toString());
            node.put("article", item.article());
            item.presider().ifPresent(p -> node.put("presider", p));
        }
        return write(root);
    }

    /** The new version's evaluation as {@code check} prints it, with the id it was stored under first. */
    static String amended(String id, Evaluation evaluation) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.setAll(EvaluationJson.toJson(evaluation));
        return write(root);
    }

    private static void text(ObjectNode node, String name, Optional<String> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }

    private static void day(ObjectNode node, String name, Optional<LocalDate> value) {
        text(node, name, value.map(LocalDate::toString));
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
