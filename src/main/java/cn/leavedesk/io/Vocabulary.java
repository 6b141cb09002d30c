package cn.leavedesk.io;

import cn.leavedesk.domain.Labels;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words a spreadsheet may use for the values of one enum: the English code, in any case, with spaces or
 * hyphens for underscores, and the Chinese labels offices write.
 */
final class Vocabulary<E extends Enum<E>> {
    private final Map<String, E> byWord = new LinkedHashMap<>();
    private final Map<E, String> mainLabel = new LinkedHashMap<>();

    private Vocabulary() {
    }

    /**
     * The codes and the one vocabulary's Chinese names ({@link Labels}), which the exports write and error messages
     * suggest, and the other words offices use for each value ({@link ImportWords}, keyed like the labels).
     */
    static <E extends Enum<E>> Vocabulary<E> of(Class<E> type) {
        Vocabulary<E> vocabulary = new Vocabulary<>();
        for (E value : type.getEnumConstants()) {
            vocabulary.byWord.put(normalise(value.name()), value);
            String name = Labels.chinese().of(value);
            vocabulary.byWord.put(normalise(name), value);
            vocabulary.mainLabel.put(value, name);
            ImportWords.optional(Labels.key(value)).forEach(word -> vocabulary.byWord.put(normalise(word), value));
        }
        return vocabulary;
    }

    Optional<E> find(String word) {
        return Optional.ofNullable(byWord.get(normalise(word)));
    }

    /** The Chinese labels a clerk may write, for an error message. */
    String labels() {
        return String.join("、", mainLabel.values());
    }

    /** The English codes a clerk may write, for an error message. */
    String codes() {
        return mainLabel.keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    static String normalise(String word) {
        return word.strip()
                .replace('（', '(').replace('）', ')')
                .replaceAll("[\\s\\-]+", "_")
                .toUpperCase(Locale.ROOT);
    }
}
