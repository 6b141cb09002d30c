package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Term;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the scenario format of the {@code check} command (docs: cli-contract.md). Validation is strict and
 * stops at the first problem, which it names by JSON path. Fields the format does not define are ignored,
 * so annotated scenario files (a "description", say) stay usable.
 */
public final class ScenarioJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private ScenarioJson() {
    }

    /**
     * Reads a scenario file; a byte-order mark or a file that is GBK throughout is tolerated, a file valid in
     * neither UTF-8 nor GB18030 is refused naming the line of the first bad byte.
     */
    public static Scenario read(Path file) throws IOException, ScenarioException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ScenarioException("scenario", Message.of("io.scenario.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text;
        try {
            text = TextDecoding.decode(Files.readAllBytes(file)).text();
        } catch (UnreadableFileException e) {
            String where = e.row().map(line -> "line " + line).orElse("scenario");
            throw new ScenarioException(where, Message.of(e.problem() == RowProblem.ENCODING_DAMAGED_UTF8
                    ? "io.scenario.damagedUtf8" : "io.scenario.unknownEncoding"));
        }
        return parse(text);
    }

    public static Scenario parse(String json) throws ScenarioException {
        JsonNode tree = tree(json);
        JsonField root = JsonField.root("scenario", tree);
        if (!tree.isObject()) {
            throw root.error("io.scenario.notObject");
        }
        String rulebook = top(tree, "rulebook").text();
        List<Person> people = people(top(tree, "people"));
        Set<String> roster = new HashSet<>();
        people.forEach(p -> roster.add(p.id()));

        Map<String, String> absenceIds = new HashMap<>();
        List<Absence> history = new ArrayList<>();
        for (JsonField element : top(tree, "history").elements()) {
            history.add(absence(element, roster, absenceIds));
        }
        JsonField requestField = top(tree, "request");
        Optional<Absence> request = requestField.isPresent()
                ? Optional.of(absence(requestField, roster, absenceIds))
                : Optional.empty();
        return new Scenario(rulebook, people, history, request);
    }

    /**
     * One ABSENCE object of the check contract on its own, as {@code amend --from} reads it; its person must be on
     * {@code roster}. Errors name the field as {@code absence.return}.
     */
    public static Absence readAbsence(Path file, Set<String> roster) throws IOException, ScenarioException {
        JsonNode tree = tree(TextDecoding.decode(Files.readAllBytes(file)).text());
        return absence(JsonField.root("absence", tree), roster, new HashMap<>());
    }

    private static JsonNode tree(String json) throws ScenarioException {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new ScenarioException("scenario", Message.of("io.scenario.fileEmpty"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "scenario"
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ScenarioException(where, Message.of("io.scenario.malformed",
                    e.getOriginalMessage().lines().findFirst().orElse("syntax error")));
        }
    }

    /** Top-level fields are named without a prefix: {@code people[2].role}, {@code request.return}. */
    private static JsonField top(JsonNode tree, String name) {
        return new JsonField(name, Optional.ofNullable(tree.get(name)).filter(n -> !n.isNull()));
    }

    private static List<Person> people(JsonField field) throws ScenarioException {
        field.required();
        List<JsonField> elements = field.elements();
        Map<String, String> firstPath = new HashMap<>();
        List<Person> people = new ArrayList<>();
        for (JsonField element : elements) {
            element.requireObject();
            String id = element.field("id").text();
            claim(firstPath, id, element.field("id"));
            Role role = element.field("role").enumValue(Role.class);
            String name = element.field("name").optionalText().orElse("");
            List<String> portfolios = element.field("portfolios").texts();
            Optional<Term> term = term(element.field("term"));
            people.add(new Person(id, name, role, portfolios, Optional.empty(), term));
        }
        // supervisors may refer to people listed after them
        List<Person> withSupervisors = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            JsonField supervisorField = elements.get(i).field("supervisor");
            Optional<String> supervisor = supervisorField.optionalText();
            if (supervisor.isPresent() && !firstPath.containsKey(supervisor.get())) {
                throw supervisorField.error("io.scenario.unknownPerson", supervisor.get());
            }
            withSupervisors.add(new Person(p.id(), p.name(), p.role(), p.portfolios(), supervisor, p.term()));
        }
        return withSupervisors;
    }

    private static Optional<Term> term(JsonField field) throws ScenarioException {
        if (!field.isPresent()) {
            return Optional.empty();
        }
        field.requireObject();
        LocalDate start = field.field("start").date();
        LocalDate end = field.field("end").date();
        if (end.isBefore(start)) {
            throw field.field("end").error("io.scenario.endBeforeStart", start);
        }
        return Optional.of(new Term(start, end));
    }

    private static Absence absence(JsonField field, Set<String> roster, Map<String, String> absenceIds)
            throws ScenarioException {
        field.requireObject();
        String id = field.field("id").text();
        claim(absenceIds, id, field.field("id"));
        String person = knownPerson(field.field("person"), roster);
        Kind kind = field.field("kind").enumValue(Kind.class);
        Optional<Scope> scope = field.field("scope").optionalEnum(Scope.class);
        if (scope.isEmpty() && kind != Kind.MEETING_ABSENCE) {
            throw field.field("scope").error("io.scenario.missing");
        }
        Status status = field.field("status").optionalEnum(Status.class).orElse(Status.ACTIVE);
        Optional<LocalDate> filed = field.field("filed").optionalDate();
        LocalDate depart = field.field("depart").date();
        LocalDate returnDate = field.field("return").date();
        if (returnDate.isBefore(depart)) {
            throw field.field("return").error("io.scenario.returnBeforeDepart", depart);
        }
        if (kind == Kind.MEETING_ABSENCE && !returnDate.equals(depart)) {
            // a meeting is held on one day: depart = return = the meeting day (cli-contract.md)
            throw field.field("return").error("io.scenario.meetingOneDay", depart);
        }
        return Absence.builder(id, person, kind, scope.orElse(Scope.WITHIN_CITY), depart, returnDate)
                .status(status)
                .filed(filed.orElse(null))
                .destination(field.field("destination").optionalText().orElse(null))
                .reason(field.field("reason").optionalText().orElse(null))
                .contact(field.field("contact").optionalText().orElse(null))
                .actingPerson(field.field("actingPerson").optionalText().orElse(null))
                .attachments(field.field("attachments").texts())
                .stops(stops(field.field("stops")))
                .meeting(meeting(field.field("meeting"), roster).orElse(null))
                .build();
    }

    private static List<Stop> stops(JsonField field) throws ScenarioException {
        List<Stop> stops = new ArrayList<>();
        for (JsonField element : field.elements()) {
            element.requireObject();
            JsonField countryField = element.field("country");
            String country = countryField.text();
            if (!COUNTRY.matcher(country).matches()) {
                throw countryField.error("io.scenario.country", country);
            }
            boolean leavesAirport = element.field("leavesAirport").optionalBoolean().orElse(true);
            stops.add(new Stop(country, leavesAirport));
        }
        return stops;
    }

    private static Optional<Meeting> meeting(JsonField field, Set<String> roster) throws ScenarioException {
        if (!field.isPresent()) {
            return Optional.empty();
        }
        field.requireObject();
        MeetingType type = field.field("type").enumValue(MeetingType.class);
        JsonField convenerField = field.field("convener");
        Optional<String> convener = convenerField.optionalText();
        if (convener.isPresent()) {
            knownPerson(convenerField, roster);
        }
        return Optional.of(new Meeting(type, convener));
    }

    private static String knownPerson(JsonField field, Set<String> roster) throws ScenarioException {
        String id = field.text();
        if (!roster.contains(id)) {
            throw field.error("io.scenario.unknownPerson", id);
        }
        return id;
    }

    /** Records where an id was first used, refusing a second use. */
    private static void claim(Map<String, String> firstPath, String id, JsonField field) throws ScenarioException {
        String earlier = firstPath.putIfAbsent(id, field.path());
        if (earlier != null) {
            throw field.error("io.scenario.duplicateId", id, earlier.replaceAll("\\.id$", ""));
        }
    }
}
