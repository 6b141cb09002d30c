package cn.leavedesk.domain;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one vocabulary: the names of the domain's values (roles, kinds, scopes, states, parties, actions, meeting
 * types, verdicts…) from the bundle {@code i18n/labels}, in Simplified Chinese or English. The client, the command
 * line, the rules' messages, printed forms and exported files all name a value through here, so that a role is
 * called the same on screen, on paper and in Excel.
 */
public final class Labels {
    public static final String BUNDLE = "i18n.labels";
    private static final Map<Locale, Labels> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** English for an English locale, Simplified Chinese for any other. */
    public static Labels of(Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return CACHE.computeIfAbsent(chosen, l -> new Labels(ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    public static Labels chinese() {
        return of(Locale.SIMPLIFIED_CHINESE);
    }

    /** The bundle key of a value: its enum's simple name in lower case, a dot, the constant. */
    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name();
    }

    /** Whether the vocabulary names this value (an enum of the domain's, not an internal one). */
    public static boolean has(Enum<?> value) {
        return chinese().bundle.containsKey(key(value));
    }

    /** The value's name; a missing one is a build failure (LabelsTest), so this never guesses. */
    public String of(Enum<?> value) {
        try {
            return bundle.getString(key(value));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label for " + key(value) + " in " + BUNDLE, e);
        }
    }
}
