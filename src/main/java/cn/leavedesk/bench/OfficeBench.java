package cn.leavedesk.bench;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.RulebookLoader;
import cn.leavedesk.service.CheckService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SqliteShell;
import cn.leavedesk.store.StoreOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The office-scale benchmark: generates an office from a fixed seed into a fresh database file, then times the bulk
 * load, the annual report, a person's absences in a date range, the check of a new request, the register's first
 * page under each filter combination and the to-do list ({@link LifecycleBench}), each against the target the
 * project set for a 2-core machine.
 */
public final class OfficeBench {
    static final double LOAD_TARGET_SECONDS = 15;
    static final double REPORT_TARGET_MILLIS = 100;
    static final double REPORT_SHELL_FACTOR = 2;
    static final double RANGE_TARGET_MILLIS = 5;
    static final double CHECK_P50_TARGET_MILLIS = 2;
    static final double CHECK_P99_TARGET_MILLIS = 10;

    private static final Actor BENCH = Actor.of("bench");
    private static final String RULEBOOK = "wuhan";

    private final Settings settings;
    private final Consumer<String> progress;

    /**
     * @param samples timed repetitions of each latency measure, after {@code warmUp} untimed ones
     * @param lastYear the last calendar year of the generated office
     */
    public record Settings(int people, int years, int absences, long seed, int samples, int warmUp, int lastYear) {
        public Settings {
            if (people < 1 || years < 1 || absences < 1 || samples < 1 || warmUp < 0) {
                throw new IllegalArgumentException("people, years, absences and samples must be positive");
            }
        }

        public static Settings office(int people, int years, int absences) {
            return new Settings(people, years, absences, OfficeGenerator.DEFAULT_SEED, 1_000, 200, 2026);
        }

        public Settings withSamples(int value, int warmUpRuns) {
            return new Settings(people, years, absences, seed, value, warmUpRuns, lastYear);
        }
    }

    public OfficeBench(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs every measure on {@code file}, which must not exist yet. */
    public BenchResult run(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; the bench needs a fresh database file");
        }
        Machine machine = Machine.current();
        progress.accept("generating " + settings.people() + " people and " + settings.absences() + " absences"
                + " over " + settings.years() + " years (seed " + settings.seed() + ") …");
        long t0 = System.nanoTime();
        OfficeGenerator generator = new OfficeGenerator(settings.seed());
        GeneratedOffice office = generator.generate(settings.people(), settings.years(), settings.absences(),
                settings.lastYear());
        List<Absence> requests = generator.requests(office, settings.samples() + settings.warmUp());
        double generateSeconds = seconds(System.nanoTime() - t0);

        StoreOptions options = StoreOptions.defaults().withAutoBackup(AutoBackup.OFF);
        try (Database db = Database.open(file, options)) {
            db.people().insertAll(office.people(), BENCH);
            progress.accept("loading " + settings.absences() + " absences into " + file + " …");
            long l0 = System.nanoTime();
            db.absences().insertBatch(office.absences(), BENCH);
            double loadSeconds = seconds(System.nanoTime() - l0);
            // the client never holds a million absences in memory; neither do the timings that follow
            office = new GeneratedOffice(office.people(), List.of(), office.firstDay(), office.lastDay());
            System.gc();

            int year = office.lastDay().getYear();
            progress.accept("timing the annual report, date-range queries and checks …");
            Latencies report = Latencies.measure(Math.max(10, settings.samples() / 5),
                    Math.max(5, settings.warmUp() / 10), i -> db.reports().annual(year));
            GeneratedOffice roster = office;
            Latencies range = rangeQueries(db, roster);
            Latencies check = checks(db, requests);
            LifecycleBench.Figures lifecycle = new LifecycleBench(db, RulebookLoader.builtIn(RULEBOOK),
                    Math.max(10, settings.samples() / 20), progress).run(roster);
            Optional<ShellFigure> shell = shell(file, year);
            long bytes = Files.size(file);
            return new BenchResult(settings, machine, db.sqliteVersion(), generateSeconds, loadSeconds, year, report,
                    shell, range, check, lifecycle, bytes);
        }
    }

    /** The sqlite3 shell's time for the report's query; empty when no sqlite3 is installed. */
    private Optional<ShellFigure> shell(Path file, int year) throws IOException {
        Optional<SqliteShell> found = SqliteShell.find();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        progress.accept("timing the same report query in the sqlite3 shell …");
        // the first run reads the file into the OS cache; the in-process figure is warm too
        List<Double> runs = found.get().timeAnnualReport(file, year, 21);
        return Optional.of(new ShellFigure(found.get().version(), Latencies.of(runs.subList(1, runs.size()))));
    }

    /** One person, one calendar year of the office's span, as the register's filter asks. */
    private Latencies rangeQueries(Database db, GeneratedOffice office) {
        SplittableRandom random = new SplittableRandom(settings.seed() + 1);
        List<Person> people = office.people();
        int firstYear = office.firstDay().getYear();
        return Latencies.measure(settings.samples(), settings.warmUp(), i -> {
            Person p = people.get(random.nextInt(people.size()));
            int y = firstYear + random.nextInt(settings.years());
            return db.absences().findForPerson(p.id(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        });
    }

    /**
     * What a clerk's check does once the roster is on screen: {@link CheckService} reads the history the rules need
     * for the request (the person's overlapping absences and trips abroad, the stand-in's and the presider's
     * absences during it, the meeting absences of that day) and evaluates.
     */
    private Latencies checks(Database db, List<Absence> requests) {
        Rulebook rulebook = RulebookLoader.builtIn(RULEBOOK);
        CheckService service = new CheckService(db,
                new Evaluator(CalendarLoader.standard(), Messages.of(Locale.SIMPLIFIED_CHINESE)));
        return Latencies.measure(settings.samples(), settings.warmUp(), i -> service.check(rulebook, requests.get(i)));
    }


    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The shell's version and its times for the report query, in milliseconds. */
    public record ShellFigure(String version, Latencies millis) {
    }
}
