package cn.leavedesk.cli;

import cn.leavedesk.service.DisplayText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A command's {@code --name value} options, checked against the names it accepts. */
final class Arguments {
    private final String command;
    private final DisplayText text;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Arguments(String command, Locale locale) {
        this.command = command;
        this.text = DisplayText.of(locale);
    }

    /** Every argument must be one of {@code names} followed by its value; anything else is a usage error. */
    static Arguments parse(String command, List<String> args, List<String> names, Locale locale)
            throws UsageException {
        Arguments parsed = new Arguments(command, locale);
        DisplayText text = parsed.text;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (!names.contains(name)) {
                throw new UsageException(text.tr("cli.life.unexpected", command, name, String.join(", ", names)));
            }
            if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                throw new UsageException(text.tr("cli.life.valueRequired", command, name));
            }
            if (parsed.values.put(name, rest.remove(0)) != null) {
                throw new UsageException(text.tr("cli.life.givenTwice", command, name));
            }
        }
        return parsed;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name, String example) throws UsageException {
        return get(name).orElseThrow(() -> new UsageException(text.tr("cli.required", command, name, example)));
    }

    /** {@code --year}, or the current year by the clock when it is not given. */
    Year year(Clock clock) throws UsageException {
        Optional<String> text = get("--year");
        if (text.isEmpty()) {
            return Year.from(LocalDate.now(clock));
        }
        try {
            int year = Integer.parseInt(text.get().strip());
            if (year < 1900 || year > 9999) {
                throw new NumberFormatException();
            }
            return Year.of(year);
        } catch (NumberFormatException e) {
            throw new UsageException(this.text.tr("cli.badYear", command, text.get()));
        }
    }
}
