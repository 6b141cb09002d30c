package cn.leavedesk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the product tells a person, kept as its bundle key ({@code i18n/messages*.properties}) and arguments
 * rather than as a sentence, so that whoever shows it — the client, the command line, a log — words it in the
 * reader's language through {@link Wording}. The store, the import and the calendar report their problems this way.
 *
 * <p>An argument that is itself a {@code Message} is worded in the same language; an enum value the one vocabulary
 * names ({@link Labels}) is named, a weekday too; anything else is formatted by {@link java.text.MessageFormat}.
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The sentence in Chinese, or in English for an English locale. */
    public String in(Locale locale) {
        return Wording.of(locale).text(this);
    }

    public String chinese() {
        return in(Locale.SIMPLIFIED_CHINESE);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }
}
