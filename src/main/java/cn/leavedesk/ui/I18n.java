package cn.leavedesk.ui;

import cn.leavedesk.domain.Wording;
import java.util.Locale;
import java.util.Optional;

/**
 * The client's messages, read through the product's one bundle reader ({@link Wording}). Simplified Chinese is the
 * default whatever the OS locale is (the offices run Chinese desktops, and an English OS must not silently switch a
 * clerk's screen); {@code -Dleavedesk.lang=en} selects English.
 */
public final class I18n {
    public static final String BUNDLE = Wording.BUNDLE;
    public static final String LANGUAGE_PROPERTY = "leavedesk.lang";

    private static volatile I18n current = forLocale(configuredLocale());

    private final Wording wording;
    private final Locale locale;

    private I18n(Wording wording, Locale locale) {
        this.wording = wording;
        this.locale = locale;
    }

    public static I18n forLocale(Locale locale) {
        // No fallback to the JVM default locale: a Chinese request on an English machine stays Chinese.
        boolean english = Wording.isEnglish(locale);
        return new I18n(Wording.of(locale), english ? Locale.ENGLISH : Locale.ROOT);
    }

    static Locale configuredLocale() {
        return Optional.ofNullable(System.getProperty(LANGUAGE_PROPERTY))
                .filter(s -> !s.isBlank())
                .map(Locale::forLanguageTag)
                .orElse(Locale.SIMPLIFIED_CHINESE);
    }

    public static I18n current() {
        return current;
    }

    /** Shorthand used by views and view models. */
    public static String tr(String key, Object... args) {
        return current.get(key, args);
    }

    /** The sentence of a key; a missing one shows as {@code !key!}, visible but harmless (the bundle test guards). */
    public String get(String key, Object... args) {
        return wording.text(key, args);
    }

    /** {@link Locale#ENGLISH}, or {@link Locale#ROOT} for the Chinese default bundle. */
    public Locale locale() {
        return locale;
    }
}
