package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * Base of every failure the store reports: a stable {@link #code()} (e.g. {@code DATABASE_IN_USE}) and the
 * {@link #message()} — a bundle key ({@code store.*} in {@code i18n/messages*.properties}) with its arguments — that
 * the client and the command line word in the clerk's language. {@link #getMessage()} is the Chinese sentence, for
 * callers that only pass the text on; {@link #englishMessage()} is the English one, which the logs keep.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Message message;

    public StoreException(String code, Message message) {
        this(code, message, null);
    }

    public StoreException(String code, Message message, Throwable cause) {
        super(message.chinese(), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.message = message;
    }

    /** A stable upper-case identifier such as {@code DATABASE_IN_USE}. */
    public String code() {
        return code;
    }

    /** The bundle key and arguments that word this failure. */
    public Message message() {
        return message;
    }

    /** The sentence in the clerk's language: Chinese, or English for an English locale. */
    public String message(Locale locale) {
        return message.in(locale);
    }

    public String englishMessage() {
        return message.english();
    }
}
