package cn.leavedesk.io;

import cn.leavedesk.domain.Message;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSON value together with its path, with typed accessors that fail naming that path. A field set to
 * {@code null} counts as absent.
 */
record JsonField(String path, Optional<JsonNode> node) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static JsonField root(String path, JsonNode node) {
        return new JsonField(path, Optional.of(node));
    }

    JsonField field(String name) {
        Optional<JsonNode> child = node.map(n -> n.get(name)).filter(n -> !n.isNull());
        return new JsonField(path + "." + name, child);
    }

    boolean isPresent() {
        return node.isPresent();
    }

    ScenarioException error(String key, Object... args) {
        return new ScenarioException(path, Message.of(key, args));
    }

    JsonNode required() throws ScenarioException {
        return node.orElseThrow(() -> error("io.scenario.missing"));
    }

    JsonField requireObject() throws ScenarioException {
        expect(required().isObject(), Message.of("io.scenario.anObject"));
        return this;
    }

    /** The elements of an array; an absent array is empty. */
    List<JsonField> elements() throws ScenarioException {
        if (node.isEmpty()) {
            return List.of();
        }
        expect(node.get().isArray(), Message.of("io.scenario.anArray"));
        List<JsonField> elements = new ArrayList<>();
        for (int i = 0; i < node.get().size(); i++) {
            elements.add(new JsonField(path + "[" + i + "]", Optional.of(node.get().get(i))));
        }
        return elements;
    }

    /**
     * Text, stripped. Blank text is a missing fact, not unusable input (cli-contract.md): an optional field given
     * as {@code ""} reads as absent, so a rule that needs it reports MISSING_FIELD.
     */
    Optional<String> optionalText() throws ScenarioException {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        expect(node.get().isTextual(), Message.of("io.scenario.aString"));
        String text = node.get().asText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> control = ControlCharacters.firstIn(text);
        if (control.isPresent()) {
            throw error("io.scenario.control", ControlCharacters.name(control.get()));
        }
        return Optional.of(text);
    }

    /** Required text: absent or blank, the record cannot be made. */
    String text() throws ScenarioException {
        required();
        return optionalText().orElseThrow(() -> error("io.scenario.empty"));
    }

    /** A list of texts; blank entries are missing entries and are left out. */
    List<String> texts() throws ScenarioException {
        List<String> texts = new ArrayList<>();
        for (JsonField element : elements()) {
            element.optionalText().ifPresent(texts::add);
        }
        return texts;
    }

    Optional<Boolean> optionalBoolean() throws ScenarioException {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        expect(node.get().isBoolean(), Message.of("io.scenario.aBoolean"));
        return Optional.of(node.get().booleanValue());
    }

    Optional<LocalDate> optionalDate() throws ScenarioException {
        Optional<String> text = optionalText();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!ISO_DATE.matcher(text.get()).matches()) {
            throw error("io.scenario.dateFormat", text.get());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.get());
        } catch (DateTimeException e) {
            throw error("io.scenario.noSuchDay", text.get());
        }
        if (date.isBefore(DateText.EARLIEST) || date.isAfter(DateText.LATEST)) {
            throw error("io.scenario.dateRange", text.get(), DateText.EARLIEST, DateText.LATEST);
        }
        return Optional.of(date);
    }

    LocalDate date() throws ScenarioException {
        required();
        return optionalDate().orElseThrow(() -> error("io.scenario.empty"));
    }

    <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type) throws ScenarioException {
        Optional<String> text = optionalText();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text.get())) {
                return Optional.of(value);
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw error("io.scenario.unknownValue", text.get(), expected);
    }

    <E extends Enum<E>> E enumValue(Class<E> type) throws ScenarioException {
        required();
        return optionalEnum(type).orElseThrow(() -> error("io.scenario.empty"));
    }

    private void expect(boolean ok, Message what) throws ScenarioException {
        if (!ok) {
            throw error("io.scenario.expected", what, describe(node.orElseThrow()));
        }
    }

    private static Message describe(JsonNode value) {
        if (value.isTextual()) {
            return Message.of("io.scenario.theString", value.asText());
        }
        if (value.isNumber()) {
            return Message.of("io.scenario.theNumber", value.asText());
        }
        if (value.isBoolean()) {
            return Message.of("io.scenario.theBoolean", value.asText());
        }
        return Message.of(value.isArray() ? "io.scenario.anArray" : "io.scenario.anObject");
    }
}
