package cn.leavedesk.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a lifecycle command: positional values (the absence id, a step number) then {@code --name value}
 * options and value-less flags ({@code --done}, {@code --undo}), each checked against what the command accepts.
 */
final class LifecycleArgs {
    private final String command;
    private final Locale locale;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();

    private LifecycleArgs(String command, Locale locale) {
        this.command = command;
        this.locale = locale;
    }

    static LifecycleArgs parse(String command, List<String> args, int positionals, List<String> optionNames,
                               List<String> flagNames, Locale locale) throws UsageException {
        LifecycleArgs parsed = new LifecycleArgs(command, locale);
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (flagNames.contains(arg)) {
                parsed.flags.add(arg);
            } else if (optionNames.contains(arg)) {
                if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                    throw CliValues.refuse(locale, "cli.life.valueRequired", command, arg);
                }
                if (parsed.options.put(arg, rest.remove(0)) != null) {
                    throw CliValues.refuse(locale, "cli.life.givenTwice", command, arg);
                }
            } else if (!arg.startsWith("--") && parsed.positional.size() < positionals) {
                parsed.positional.add(arg);
            } else {
                List<String> accepted = new ArrayList<>(optionNames);
                accepted.addAll(flagNames);
                throw CliValues.refuse(locale, "cli.life.unexpected", command, arg, String.join(", ", accepted));
            }
        }
        return parsed;
    }

    /** The {@code index}th positional value, refused naming {@code what} when missing. */
    String positional(int index, String what) throws UsageException {
        if (index >= positional.size()) {
            throw CliValues.refuse(locale, "cli.life.missing", command, what);
        }
        return positional.get(index);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw CliValues.refuse(locale, "cli.life.missing", command, name);
        }
        return value;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** {@code --format}: text (the default) or json. */
    boolean json() throws UsageException {
        String format = option("--format").orElse("text");
        if (!format.equals("json") && !format.equals("text")) {
            throw CliValues.refuse(locale, "cli.life.badFormat", command, format);
        }
        return format.equals("json");
    }
}
