package cn.leavedesk.rules;

import cn.leavedesk.domain.Labels;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Engine messages in the clerk's language (Simplified Chinese unless English is asked for). */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/rules", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return new Messages("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
    }

    public static Messages chinese() {
        return of(Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The display name of an enum constant, e.g. role.MAYOR → 市长. */
    /** A value's name, from the one vocabulary ({@link Labels}). */
    public String label(Enum<?> value) {
        return Labels.of(locale()).of(value);
    }

    public String field(String field) {
        return text("field." + field);
    }
}
