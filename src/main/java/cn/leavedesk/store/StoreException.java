package cn.leavedesk.store;

import java.util.Objects;

/**
 * Base of every failure the store reports. {@link #getMessage()} is a Simplified Chinese sentence a clerk can
 * act on; {@link #englishMessage()} says the same in English for the second locale and the log; {@link #code()}
 * is stable so the UI can pick its own wording from a resource bundle.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String englishMessage;

    public StoreException(String code, String chineseMessage, String englishMessage) {
        super(chineseMessage);
        this.code = Objects.requireNonNull(code, "code");
        this.englishMessage = Objects.requireNonNull(englishMessage, "englishMessage");
    }

    public StoreException(String code, String chineseMessage, String englishMessage, Throwable cause) {
        super(chineseMessage, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.englishMessage = Objects.requireNonNull(englishMessage, "englishMessage");
    }

    /** A stable upper-case identifier such as {@code DATABASE_IN_USE}. */
    public String code() {
        return code;
    }

    public String englishMessage() {
        return englishMessage;
    }
}
