package cn.leavedesk.io;

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
    private final String subject;
    private final Map<String, E> byWord = new LinkedHashMap<>();
    private final Map<E, String> mainLabel = new LinkedHashMap<>();

    private Vocabulary(String subject) {
        this.subject = subject;
    }

    static <E extends Enum<E>> Vocabulary<E> of(String subject, Class<E> type) {
        Vocabulary<E> vocabulary = new Vocabulary<>(subject);
        for (E value : type.getEnumConstants()) {
            vocabulary.byWord.put(normalise(value.name()), value);
        }
        return vocabulary;
    }

    /** Adds Chinese labels; the first label given for a value is the one error messages suggest. */
    Vocabulary<E> label(E value, String... labels) {
        for (String label : labels) {
            byWord.put(normalise(label), value);
        }
        mainLabel.putIfAbsent(value, labels[0]);
        return this;
    }

    Optional<E> find(String word) {
        return Optional.ofNullable(byWord.get(normalise(word)));
    }

    /** What a clerk may write, for an error message. */
    String unknown(String word) {
        String labels = String.join("、", mainLabel.values());
        String codes = mainLabel.keySet().stream().map(Enum::name).collect(Collectors.joining("、"));
        return "无法识别的" + subject + "“" + word + "”，可填：" + labels + "（或 " + codes + "）";
    }

    static String normalise(String word) {
        return word.strip()
                .replace('（', '(').replace('）', ')')
                .replaceAll("[\\s\\-]+", "_")
                .toUpperCase(Locale.ROOT);
    }
}
