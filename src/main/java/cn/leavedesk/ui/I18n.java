package cn.leavedesk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The client's messages. Simplified Chinese is the default whatever the OS locale is (the offices run
 * Chinese desktops, and an English OS must not silently switch a clerk's screen); {@code -Dleavedesk.lang=en}
 * selects English.
 */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";
    public static final String LANGUAGE_PROPERTY = "leavedesk.lang";

    private static volatile I18n current = forLocale(configuredLocale());

    private final ResourceBundle bundle;

    private I18n(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static I18n forLocale(Locale locale) {
        // No fallback to the JVM default locale: a Chinese request on an English machine stays Chinese.
        return new I18n(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
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

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Visible but harmless; LocalizationConsistencyTest keeps this from shipping.
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}
