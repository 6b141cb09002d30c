package cn.leavedesk.cli;

import cn.leavedesk.service.DisplayText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The parsing of the values the commands take, and their refusals worded in the clerk's language (Chinese unless
 * {@code --lang en}) by the one wording the command line shares with the services, {@link DisplayText}.
 */
final class CliValues {
    private CliValues() {
    }

    /** A refusal naming the option: exit 2, this one line on stderr. */
    static UsageException refuse(Locale locale, String key, Object... args) {
        return new UsageException(DisplayText.of(locale).tr(key, args));
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
