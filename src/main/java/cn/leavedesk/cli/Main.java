package cn.leavedesk.cli;

import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.LifecycleRefusal;
import cn.leavedesk.store.StoreException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code leavedesk [--db FILE] [--lang zh|en] [--holidays DIR] [--as CLERK] [--today DATE]
 * COMMAND …}. Exit status 0 for
 * success (or a verdict of OK/WARN), 1 for a verdict of VIOLATION, 2 for unusable input with one line on
 * stderr and nothing on stdout, 3 for an internal failure (details in the log, never a stack trace here).
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    public static final int INTERNAL_ERROR = 3;
    /** The store's code for a database error it could not classify: ours to fix, not the clerk's. */
    private static final String STORAGE_FAILURE_CODE = "STORAGE_FAILURE";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main(List<Command> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    public static Main standard() {
        return new Main(Commands.all());
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = standard().run(args, out, err, Clock.systemDefaultZone());
        out.flush();
        err.flush();
        System.exit(status);
    }

    public int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Optional<Path> db = Optional.empty();
        Optional<Path> holidays = Optional.empty();
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        Optional<String> clerk = Optional.empty();
        Optional<String> today = Optional.empty();
        List<String> rest = new ArrayList<>(List.of(args));
        try {
            while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
                String option = rest.remove(0);
                switch (option) {
                    case "--db" -> db = Optional.of(Path.of(value(option, rest, locale)));
                    case "--holidays" -> holidays = Optional.of(Path.of(value(option, rest, locale)));
                    case "--lang" -> locale = "en".equals(value(option, rest, locale)) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                    case "--as" -> clerk = Optional.of(value(option, rest, locale)).map(String::strip).filter(s -> !s.isEmpty());
                    case "--today" -> today = Optional.of(value(option, rest, locale));
                    case "--help" -> {
                        out.println(usage(locale));
                        return 0;
                    }
                    default -> throw new UsageException(DisplayText.of(locale).tr("cli.unknownOption", option)
                            + "\n" + usage(locale));
                }
            }
            if (rest.isEmpty()) {
                throw new UsageException(DisplayText.of(locale).tr("cli.commandRequired") + "\n" + usage(locale));
            }
            Command command = commands.get(rest.get(0));
            if (command == null) {
                throw new UsageException(DisplayText.of(locale).tr("cli.unknownCommand", rest.get(0))
                        + "\n" + usage(locale));
            }
            if (holidays.isEmpty()) {
                holidays = Optional.of(cn.leavedesk.AppPaths.current().holidayFolder())
                        .filter(java.nio.file.Files::isDirectory);
            }
            Clock effective = today.isPresent() ? CliValues.clockOn(CliValues.date(locale, "--today", today.get()), clock)
                    : clock;
            return command.run(rest.subList(1, rest.size()),
                    new CliContext(out, err, db, locale, effective, holidays, clerk));
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (LifecycleRefusal e) {
            // the absence's state or the day does not allow it: nothing was changed
            err.println(e.message(locale));
            return 2;
        } catch (StoreException e) {
            // in use, too new, damaged, not a backup…: the clerk can act on these, so they are input problems
            LOG.info("leavedesk {}: {}", commandName(args), e.englishMessage(), e);
            err.println(e.message(locale));
            return STORAGE_FAILURE_CODE.equals(e.code()) ? INTERNAL_ERROR : 2;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a full disk, a vanished USB stick: the clerk's to see to, said as what it is, in one line
            java.io.IOException cause = e instanceof java.io.UncheckedIOException u ? u.getCause()
                    : (java.io.IOException) e;
            StoreException failure = cn.leavedesk.store.StorageFailureException.fromIo(cause);
            LOG.info("leavedesk {}: {}", commandName(args), failure.englishMessage(), e);
            err.println(failure.message(locale));
            return 2;
        } catch (Exception e) {
            LOG.error("leavedesk {} failed", commandName(args), e);
            err.println(DisplayText.of(locale).tr("cli.internalError", e.getClass().getSimpleName()));
            return INTERNAL_ERROR;
        }
    }

    private static String value(String option, List<String> rest, Locale locale) throws UsageException {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(DisplayText.of(locale).tr("cli.optionValue", option));
        }
        return rest.remove(0);
    }

    private String usage(Locale locale) {
        StringBuilder text = new StringBuilder(DisplayText.of(locale).tr("cli.usage"));
        text.append("\n  leavedesk [--db FILE] [--lang zh|en] [--holidays DIR] [--as CLERK] [--today DATE] COMMAND …");
        for (Command command : commands.values()) {
            text.append("\n  ").append(command.synopsis());
        }
        return text.toString();
    }

    /**
     * The command's name for the log, without its arguments: those may carry a clerk's name, a reason or a file name
     * that says whose trip it is, and the log keeps no personal data.
     */
    static String commandName(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> Commands.all().stream().anyMatch(c -> c.name().equals(a)))
                .findFirst().orElse("(no command)");
    }
}
