package cn.leavedesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What a command gets from the command line: where to print, the database file if one was named, the
 * language of messages, the clock and the folder of office-loaded holiday schedules.
 */
public record CliContext(PrintStream out, PrintStream err, Optional<Path> db, Locale locale, Clock clock,
                         Optional<Path> holidays) {
}
