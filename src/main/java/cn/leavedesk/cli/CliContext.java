package cn.leavedesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What a command gets from the command line: where to print, the database file if one was named, the
 * language of messages, the clock (fixed on the day {@code --today} names, when it does), the folder of
 * office-loaded holiday schedules, and the clerk {@code --as} names.
 */
public record CliContext(PrintStream out, PrintStream err, Optional<Path> db, Locale locale, Clock clock,
                         Optional<Path> holidays, Optional<String> clerk) {
    public CliContext(PrintStream out, PrintStream err, Optional<Path> db, Locale locale, Clock clock,
                      Optional<Path> holidays) {
        this(out, err, db, locale, clock, holidays, Optional.empty());
    }
}
