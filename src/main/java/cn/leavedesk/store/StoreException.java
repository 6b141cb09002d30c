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
    private final transient StoreMessage message;

    public StoreException(String code, String chineseMessage, String englishMessage) {
        super(chineseMessage);
        this.code = Objects.requireNonNull(code, "code");
        this.englishMessage = Objects.requireNonNull(englishMessage, "englishMessage");
        this.message = null;
    }

    public StoreException(String code, String chineseMessage, String englishMessage, Throwable cause) {
        super(chineseMessage, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.englishMessage = Objects.requireNonNull(englishMessage, "englishMessage");
        this.message = null;
    }

    /** A failure worded by a bundle key ({@code store.*}); the newer way, which a message layer can translate. */
    public StoreException(String code, StoreMessage message, Throwable cause) {
        super(message.chinese(), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.englishMessage = message.english();
        this.message = message;
    }

    /** A stable upper-case identifier such as {@code DATABASE_IN_USE}. */
    public String code() {
        return code;
    }

    public String englishMessage() {
        return englishMessage;
    }

    /** The bundle key and arguments, for failures worded from the bundle; empty for the older zh/en pairs. */
    public java.util.Optional<StoreMessage> bundleMessage() {
        return java.util.Optional.ofNullable(message);
    }
}
