package cn.leavedesk.cli;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The lifecycle commands' sentences in the clerk's language (Chinese unless {@code --lang en}), from the same
 * bundle as the client, and the parsing of the values they take.
 */
final class CliText {
    private CliText() {
    }

    static String of(Locale locale, String key, Object... args) {
        return text(locale, key, args);
    }

    static String text(Locale locale, String key, Object... args) {
        boolean english = "en".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.ROOT)
                .format(args);
    }

    /** A refusal naming the option: exit 2, this one line on stderr. */
    static UsageException refuse(Locale locale, String key, Object... args) {
        return new UsageException(text(locale, key, args));
    }

    /** An ISO day ({@code 2026-03-04}); an impossible one (30 February) is refused naming the option. */
    static LocalDate date(Locale locale, String option, String value) throws UsageException {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refuse(locale, "cli.life.badDate", option, value);
        }
    }

    /** The clock of a clerk whose today is {@code day}: mid-morning of that day in the computer's time zone. */
    static Clock clockOn(LocalDate day, Clock base) {
        return Clock.fixed(day.atTime(9, 0).atZone(base.getZone()).toInstant(), base.getZone());
    }
}
