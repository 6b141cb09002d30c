package cn.leavedesk.rules;

import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and validates rulebook files ({@code resources/rulebooks/*.json}). Every error names the file, the
 * JSON path of the entry and what is wrong, so that an office editing a rulebook can fix it.
 */
public final class RulebookLoader {
    /** The built-in rulebooks, by id. */
    public static final List<String> BUILT_IN = List.of("wuhan", "hangzhou", "hegang", "shaoxing", "yueqing");
    static final String CLASSPATH_FOLDER = "/leavedesk/rulebooks/";

    /** Fields a rule may require of a request, named as in the scenario format. */
    public static final Set<String> REQUEST_FIELDS = Set.of("filed", "destination", "reason", "contact",
            "actingPerson", "attachments", "stops", "meeting", "meeting.convener");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RulebookLoader() {
    }

    public static Rulebook builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new RulebookException(id, "", Message.of("rulebook.problem.noSuchBuiltIn", String.join(", ", BUILT_IN)));
        }
        String resource = CLASSPATH_FOLDER + id + ".json";
        try (InputStream in = RulebookLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulebookException("rulebooks/" + id + ".json", "", Message.of("rulebook.problem.missingFromApplication"));
            }
            return read("rulebooks/" + id + ".json", in);
        } catch (IOException e) {
            throw new RulebookException("rulebooks/" + id + ".json", "", Message.of("rulebook.problem.unreadable", e.getMessage()));
        }
    }

    /** A built-in id, or the path of a rulebook file. */
    public static Rulebook load(String idOrPath) {
        if (BUILT_IN.contains(idOrPath)) {
            return builtIn(idOrPath);
        }
        Path path = Path.of(idOrPath);
        if (!Files.isRegularFile(path)) {
            throw new RulebookException(idOrPath, "", Message.of("rulebook.problem.neitherBuiltInNorFile",
                    String.join(", ", BUILT_IN)));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in);
        } catch (IOException e) {
            throw new RulebookException(idOrPath, "", Message.of("rulebook.problem.unreadable", e.getMessage()));
        }
    }

    public static Rulebook read(String file, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new RulebookException(file, "", Message.of("rulebook.problem.notJson",
                    String.valueOf(e.getLocation().getLineNr()), String.valueOf(e.getLocation().getColumnNr()),
                    e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RulebookException(file, "", Message.of("rulebook.problem.unreadable", e.getMessage()));
        }
        return new Reader(file).rulebook(root);
    }

    /** Walks one file, keeping the file name for messages. */
    private static final class Reader {
        private final String file;
        private Optional<LeavingTheCity> leavingTheCity = Optional.empty();

        Reader(String file) {
            this.file = file;
        }

        Rulebook rulebook(JsonNode root) {
            object(root, "", Set.of("id", "city", "document", "title", "adopted", "sourceComplete", "notes",
                    "rules", "presiding", "abroad", "quorum", "leavingTheCity", "$comment"));
            // read first: rules and the presiding rule refer to it
            leavingTheCity = Optional.ofNullable(root.get("leavingTheCity"))
                    .filter(n -> !n.isNull()).map(n -> leavingTheCity(n, "leavingTheCity"));
            String id = text(root, "", "id");
            LocalizedText city = localized(root.get("city"), "city");
            String document = text(root, "", "document");
            LocalizedText title = localized(root.get("title"), "title");
            String adopted = text(root, "", "adopted");
            boolean complete = optionalBoolean(root, "sourceComplete").orElse(true);
            List<LocalizedText> notes = new ArrayList<>();
            JsonNode notesNode = root.get("notes");
            if (notesNode != null) {
                array(notesNode, "notes");
                for (int i = 0; i < notesNode.size(); i++) {
                    notes.add(localized(notesNode.get(i), "notes[" + i + "]"));
                }
            }
            JsonNode rulesNode = root.get("rules");
            if (rulesNode == null) {
                throw error("rules", Message.of("rulebook.problem.rulesRequired"));
            }
            array(rulesNode, "rules");
            List<Rule> rules = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < rulesNode.size(); i++) {
                Rule rule = rule(rulesNode.get(i), "rules[" + i + "]");
                if (!ids.add(rule.id())) {
                    throw error("rules[" + i + "].id", Message.of("rulebook.problem.duplicateRuleId", rule.id()));
                }
                rules.add(rule);
            }
            Optional<PresidingRule> presiding = Optional.ofNullable(root.get("presiding"))
                    .filter(n -> !n.isNull()).map(n -> presiding(n, "presiding"));
            Optional<AbroadRules> abroad = Optional.ofNullable(root.get("abroad"))
                    .filter(n -> !n.isNull()).map(n -> abroad(n, "abroad"));
            Optional<QuorumRule> quorum = Optional.ofNullable(root.get("quorum"))
                    .filter(n -> !n.isNull()).map(n -> quorum(n, "quorum"));
            return new Rulebook(id, city, document, title, adopted, complete, notes, rules, presiding, abroad, quorum,
                    leavingTheCity, file);
        }

        LeavingTheCity leavingTheCity(JsonNode node, String at) {
            object(node, at, Set.of("words", "scopes", "reading"));
            List<String> words = new ArrayList<>();
            JsonNode wordsNode = node.get("words");
            if (wordsNode != null) {
                array(wordsNode, at + ".words");
                wordsNode.forEach(w -> words.add(w.asText()));
            }
            Set<Scope> scopes = enumSet(Scope.class, node, at, "scopes");
            if (scopes.isEmpty()) {
                throw error(at + ".scopes", Message.of("rulebook.problem.leavingTheCityScopes"));
            }
            return new LeavingTheCity(words, scopes, localized(node.get("reading"), at + ".reading"));
        }

        QuorumRule quorum(JsonNode node, String at) {
            object(node, at, Set.of("article", "meetingType", "memberRoles", "summary"));
            Set<Role> members = enumSet(Role.class, node, at, "memberRoles");
            if (members.isEmpty()) {
                throw error(at + ".memberRoles", Message.of("rulebook.problem.memberRoles"));
            }
            return new QuorumRule(text(node, at, "article"), enumValue(MeetingType.class, node, at, "meetingType"),
                    members, localized(node.get("summary"), at + ".summary"));
        }

        Rule rule(JsonNode node, String at) {
            object(node, at, Set.of("id", "article", "summary", "when", "steps", "advanceWorkingDays", "beforehand",
                    "requiredFields", "findings", "afterReturn", "$comment"));
            String id = text(node, at, "id");
            String article = text(node, at, "article");
            LocalizedText summary = localized(node.get("summary"), at + ".summary");
            Condition when = condition(node.get("when"), at + ".when");
            List<StepTemplate> steps = new ArrayList<>();
            JsonNode stepsNode = node.get("steps");
            if (stepsNode != null) {
                array(stepsNode, at + ".steps");
                for (int i = 0; i < stepsNode.size(); i++) {
                    String stepAt = at + ".steps[" + i + "]";
                    JsonNode step = stepsNode.get(i);
                    object(step, stepAt, Set.of("action", "party", "deadline"));
                    steps.add(new StepTemplate(enumValue(Action.class, step, stepAt, "action"),
                            enumValue(Party.class, step, stepAt, "party"),
                            optionalBoolean(step, "deadline").orElse(false)));
                }
            }
            Optional<Integer> advance = optionalInt(node, at, "advanceWorkingDays");
            advance.ifPresent(days -> {
                if (days < 1 || days > 60) {
                    throw error(at + ".advanceWorkingDays", Message.of("rulebook.problem.advanceWorkingDays"));
                }
            });
            if (advance.isPresent() && steps.stream().noneMatch(StepTemplate::deadline)) {
                throw error(at + ".steps", Message.of("rulebook.problem.deadlineStep"));
            }
            Optional<String> beforehand = Optional.ofNullable(node.get("beforehand")).filter(n -> !n.isNull())
                    .map(n -> text(node, at, "beforehand"));
            List<String> required = new ArrayList<>();
            JsonNode requiredNode = node.get("requiredFields");
            if (requiredNode != null) {
                array(requiredNode, at + ".requiredFields");
                for (int i = 0; i < requiredNode.size(); i++) {
                    String field = requiredNode.get(i).asText();
                    if (!REQUEST_FIELDS.contains(field)) {
                        throw error(at + ".requiredFields[" + i + "]", Message.of("rulebook.problem.unknownRequestField",
                                field, new java.util.TreeSet<>(REQUEST_FIELDS).toString()));
                    }
                    required.add(field);
                }
            }
            List<RuleFinding> findings = new ArrayList<>();
            JsonNode findingsNode = node.get("findings");
            if (findingsNode != null) {
                array(findingsNode, at + ".findings");
                for (int i = 0; i < findingsNode.size(); i++) {
                    String fAt = at + ".findings[" + i + "]";
                    JsonNode f = findingsNode.get(i);
                    object(f, fAt, Set.of("code", "severity", "message"));
                    findings.add(new RuleFinding(enumValue(FindingCode.class, f, fAt, "code"),
                            enumValue(Severity.class, f, fAt, "severity"), localized(f.get("message"), fAt + ".message")));
                }
            }
            Optional<AfterReturn> after = Optional.ofNullable(node.get("afterReturn")).map(n -> {
                String aAt = at + ".afterReturn";
                object(n, aAt, Set.of("cancelLeave", "writtenReportTo", "when", "cancelLeaveDueWorkingDays",
                        "writtenReportDueWorkingDays"));
                List<Party> parties = new ArrayList<>();
                JsonNode to = n.get("writtenReportTo");
                if (to != null) {
                    array(to, aAt + ".writtenReportTo");
                    for (int i = 0; i < to.size(); i++) {
                        parties.add(parse(Party.class, to.get(i).asText(), aAt + ".writtenReportTo[" + i + "]"));
                    }
                }
                LocalizedText when2 = n.has("when") ? localized(n.get("when"), aAt + ".when") : new LocalizedText("", "");
                return new AfterReturn(optionalBoolean(n, "cancelLeave").orElse(false), parties, when2,
                        dueDays(n, aAt, "cancelLeaveDueWorkingDays", AfterReturn.DEFAULT_CANCEL_LEAVE_DUE),
                        dueDays(n, aAt, "writtenReportDueWorkingDays", AfterReturn.DEFAULT_WRITTEN_REPORT_DUE));
            });
            if (steps.isEmpty() && required.isEmpty() && findings.isEmpty() && after.isEmpty()) {
                throw error(at, Message.of("rulebook.problem.ruleSaysNothing"));
            }
            if (beforehand.isPresent() && steps.isEmpty()) {
                throw error(at + ".beforehand", Message.of("rulebook.problem.beforehandWithoutSteps"));
            }
            return new Rule(id, article, summary, when, steps, advance, beforehand, required, findings, after);
        }

        Condition condition(JsonNode node, String at) {
            if (node == null) {
                return Condition.any();
            }
            object(node, at, Set.of("roles", "kinds", "scopes", "leavingTheCity", "meetingTypes", "convenerRoles"));
            Set<Scope> scopes = enumSet(Scope.class, node, at, "scopes");
            if (optionalBoolean(node, "leavingTheCity").orElse(false)) {
                if (!scopes.isEmpty()) {
                    throw error(at + ".scopes", Message.of("rulebook.problem.scopesOrLeavingTheCity"));
                }
                scopes = leavingTheCity.orElseThrow(() -> error(at + ".leavingTheCity",
                        Message.of("rulebook.problem.noLeavingTheCityReading"))).scopes();
            }
            return new Condition(enumSet(Role.class, node, at, "roles"), enumSet(Kind.class, node, at, "kinds"),
                    scopes, enumSet(MeetingType.class, node, at, "meetingTypes"),
                    enumSet(Role.class, node, at, "convenerRoles"));
        }

        PresidingRule presiding(JsonNode node, String at) {
            object(node, at, Set.of("article", "presider", "when", "summary"));
            return new PresidingRule(text(node, at, "article"),
                    enumValue(PresidingRule.Presider.class, node, at, "presider"),
                    condition(node.get("when"), at + ".when"), localized(node.get("summary"), at + ".summary"));
        }

        AbroadRules abroad(JsonNode node, String at) {
            object(node, at, Set.of("article", "maxCountries", "maxDaysByCountries", "limitsApplyTo",
                    "countedKinds", "quotas", "reading", "$comment"));
            String article = text(node, at, "article");
            Optional<Integer> maxCountries = optionalInt(node, at, "maxCountries");
            SortedMap<Integer, Integer> maxDays = new TreeMap<>();
            JsonNode daysNode = node.get("maxDaysByCountries");
            if (daysNode != null) {
                object(daysNode, at + ".maxDaysByCountries", null);
                for (Iterator<String> it = daysNode.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    String kAt = at + ".maxDaysByCountries." + key;
                    int countries;
                    try {
                        countries = Integer.parseInt(key);
                    } catch (NumberFormatException e) {
                        throw error(kAt, Message.of("rulebook.problem.countryCountKey"));
                    }
                    JsonNode v = daysNode.get(key);
                    if (!v.isInt() || v.intValue() < 1 || countries < 1) {
                        throw error(kAt, Message.of("rulebook.problem.positiveDays"));
                    }
                    maxDays.put(countries, v.intValue());
                }
            }
            List<Quota> quotas = new ArrayList<>();
            JsonNode quotasNode = node.get("quotas");
            if (quotasNode != null) {
                array(quotasNode, at + ".quotas");
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < quotasNode.size(); i++) {
                    Quota quota = quota(quotasNode.get(i), at + ".quotas[" + i + "]");
                    if (!ids.add(quota.id())) {
                        throw error(at + ".quotas[" + i + "].id", Message.of("rulebook.problem.duplicateQuotaId", quota.id()));
                    }
                    quotas.add(quota);
                }
            }
            LocalizedText reading = node.has("reading") ? localized(node.get("reading"), at + ".reading")
                    : new LocalizedText("", "");
            return new AbroadRules(article, maxCountries, maxDays, enumSet(Role.class, node, at, "limitsApplyTo"),
                    enumSet(Kind.class, node, at, "countedKinds"), quotas, reading);
        }

        Quota quota(JsonNode node, String at) {
            object(node, at, Set.of("id", "label", "roles", "portfoliosAny", "perYear", "perTerm", "perTwoYears",
                    "combine"));
            List<String> portfolios = new ArrayList<>();
            JsonNode p = node.get("portfoliosAny");
            if (p != null) {
                array(p, at + ".portfoliosAny");
                p.forEach(v -> portfolios.add(v.asText().trim().toUpperCase(Locale.ROOT)));
            }
            Set<Role> roles = enumSet(Role.class, node, at, "roles");
            if (roles.isEmpty()) {
                throw error(at + ".roles", Message.of("rulebook.problem.rolesRequired"));
            }
            Quota.Combine combine = node.has("combine") ? enumValue(Quota.Combine.class, node, at, "combine")
                    : Quota.Combine.EITHER;
            return new Quota(text(node, at, "id"), localized(node.get("label"), at + ".label"), roles, portfolios,
                    optionalInt(node, at, "perYear"), optionalInt(node, at, "perTerm"),
                    optionalInt(node, at, "perTwoYears"), combine);
        }

        // --- small validators -------------------------------------------------------------------------

        void object(JsonNode node, String at, Set<String> allowed) {
            if (node == null || !node.isObject()) {
                throw error(at, Message.of("rulebook.problem.object"));
            }
            if (allowed == null) {
                return;
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw error(join(at, name), Message.of("rulebook.problem.unknownField",
                            new java.util.TreeSet<>(allowed).toString()));
                }
            }
        }

        void array(JsonNode node, String at) {
            if (node == null || !node.isArray()) {
                throw error(at, Message.of("rulebook.problem.list"));
            }
        }

        String text(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw error(join(at, field), Message.of("rulebook.problem.textRequired"));
            }
            return v.asText().trim();
        }

        Optional<Boolean> optionalBoolean(JsonNode node, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (!v.isBoolean()) {
                throw error(field, Message.of("rulebook.problem.trueOrFalse"));
            }
            return Optional.of(v.booleanValue());
        }

        /** An office's setting of how many working days an after-return duty allows; the default when absent. */
        int dueDays(JsonNode node, String at, String field, int fallback) {
            return optionalInt(node, at, field).orElse(fallback);
        }

        Optional<Integer> optionalInt(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (!v.isInt() || v.intValue() < 0) {
                throw error(join(at, field), Message.of("rulebook.problem.wholeNumber", String.valueOf(v)));
            }
            return Optional.of(v.intValue());
        }

        LocalizedText localized(JsonNode node, String at) {
            if (node == null || node.isNull()) {
                throw error(at, Message.of("rulebook.problem.localizedTextRequired"));
            }
            if (node.isTextual()) {
                return new LocalizedText(node.asText(), null);
            }
            object(node, at, Set.of("zh", "en"));
            JsonNode zh = node.get("zh");
            if (zh == null || !zh.isTextual()) {
                throw error(at + ".zh", Message.of("rulebook.problem.chineseRequired"));
            }
            JsonNode en = node.get("en");
            return new LocalizedText(zh.asText(), en == null ? null : en.asText());
        }

        <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual()) {
                throw error(join(at, field), Message.of("rulebook.problem.enumRequired",
                        Arrays.toString(type.getEnumConstants())));
            }
            return parse(type, v.asText(), join(at, field));
        }

        <E extends Enum<E>> Set<E> enumSet(Class<E> type, JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            Set<E> result = EnumSet.noneOf(type);
            if (v == null) {
                return result;
            }
            array(v, join(at, field));
            for (int i = 0; i < v.size(); i++) {
                result.add(parse(type, v.get(i).asText(), join(at, field) + "[" + i + "]"));
            }
            return result;
        }

        <E extends Enum<E>> E parse(Class<E> type, String value, String at) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw error(at, Message.of("rulebook.problem.unknownValue", value,
                    Arrays.toString(type.getEnumConstants())));
        }

        RulebookException error(String at, Message problem) {
            return new RulebookException(file, at, problem);
        }

        private static String join(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }
    }
}
