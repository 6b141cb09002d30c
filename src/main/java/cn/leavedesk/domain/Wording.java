package cn.leavedesk.domain;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one reader of the message bundle {@code i18n/messages}: Simplified Chinese by default, English for an English
 * locale, never the machine's own locale (an English desktop must not switch a clerk's screen). Every layer words its
 * sentences through here — {@link Message}s from the store, the import and the calendar, the command line's and the
 * client's own keys — so a key means the same sentence everywhere. {@code MessagesBundleTest} keeps both languages'
 * keys equal and every key used.
 */
public final class Wording {
    public static final String BUNDLE = "i18n.messages";
    private static final Map<Locale, Wording> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Wording(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale.equals(Locale.ENGLISH) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English for an English locale, Simplified Chinese for any other. */
    public static Wording of(Locale locale) {
        Locale chosen = isEnglish(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return CACHE.computeIfAbsent(chosen, Wording::new);
    }

    public static Wording chinese() {
        return of(Locale.SIMPLIFIED_CHINESE);
    }

    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}: the language the sentences are in. */
    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The sentence of a key with its arguments. A missing key shows as {@code !key!} — visible but harmless; the
     * bundle test keeps it from shipping.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public String text(Message message) {
        return text(message.key(), message.args().toArray());
    }

    private Object shown(Object arg) {
        if (arg instanceof Message nested) {
            return text(nested);
        }
        if (arg instanceof DayOfWeek weekday) {
            return weekday.getDisplayName(TextStyle.FULL, locale);
        }
        if (arg instanceof Enum<?> value && Labels.has(value)) {
            return Labels.of(locale).of(value);
        }
        return arg;
    }
}
