package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.io.AbsenceCsv;
import cn.leavedesk.io.ImportBatch;
import cn.leavedesk.io.RosterCsv;
import cn.leavedesk.io.RowError;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the invented city government shipped in {@code resources/demo}: its roster and absences are read with the
 * same readers as an office's import files, each absence gets the chain the configured rulebook requires, and
 * everything is stored in one transaction.
 *
 * <p>Loading is refused, with nothing written, once any demo absence is already in the database: the store keeps
 * history and never deletes, so a second load could only add copies.
 */
public final class DemoDataService {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataService.class);
    static final String FOLDER = "/leavedesk/demo/";
    static final String ROSTER = "roster.csv";
    static final String ABSENCES = "absences.csv";
    /** An absence that ended more than this many days ago has had its paperwork finished, in a believable office. */
    static final int SETTLED_AFTER_DAYS = 14;

    private final Database db;
    private final RulebookService rulebooks;
    private final ChainPlanner chains;

    public DemoDataService(Database db, RulebookService rulebooks, ChainPlanner chains) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.chains = Objects.requireNonNull(chains, "chains");
    }

    /** What a load did. */
    public sealed interface Outcome permits Loaded, AlreadyLoaded {
    }

    /** Stored: so many people, absences, and chain steps. */
    public record Loaded(int people, int absences, int steps, String rulebookId) implements Outcome {
    }

    /** The demo absences were already in the database; nothing was written. */
    public record AlreadyLoaded(int absences) implements Outcome {
    }

    /**
     * Stores the demo as its files have it: every absence as filed, no step ticked, no return recorded.
     *
     * @throws cn.leavedesk.store.StoreException when the database refuses (read-only, a roster id already used by a
     *                                           real person, disk full); nothing is written then
     */
    public Outcome load() {
        return load(Optional.empty());
    }

    /**
     * Stores the demo as an office would have it on {@code today}: the absences that ended more than
     * {@value #SETTLED_AFTER_DAYS} days before it are settled (every step ticked on its due day, the return recorded
     * on the planned day, a written report owed handed in on its due day), through the same operations as a
     * clerk's, so their history shows it; the recent and coming ones are left as filed, and they are what the to-do
     * list shows. All in the one transaction of the load.
     *
     * @throws cn.leavedesk.store.StoreException when the database refuses; nothing is written then
     */
    public Outcome load(LocalDate today) {
        return load(Optional.of(today));
    }

    private Outcome load(Optional<LocalDate> today) {
        String rulebookId = new SettingsService(db).load().rulebookId();
        ImportBatch shipped = readShippedFiles();
        List<Person> people = shipped.people();
        // A trip's scope depends on where the office is: 北京 is 省外 for Wuhan, the provincial government 市内.
        List<Absence> absences = DemoPlaces.shipped().placed(rulebookId, shipped.absences());
        long present = absences.stream().filter(a -> db.absences().find(a.id()).isPresent()).count();
        if (present > 0) {
            LOG.info("Demo data not loaded again: {} of its absences are already in {}", present, db.file());
            return new AlreadyLoaded(Math.toIntExact(present));
        }
        Rulebook rulebook = rulebooks.get(rulebookId);
        // computed before the transaction so that it stays short
        Map<String, List<Step>> chains = this.chains.plan(rulebook, new Roster(people), absences);
        Actor actor = db.settings().currentActor();
        db.inTransaction(() -> {
            db.people().insertAll(people, actor);
            db.absences().insertBatch(absences, actor);
            chains.forEach((absenceId, steps) -> db.chains().saveSteps(absenceId, steps, actor));
            // the register's verdict, through the same check as the request form's
            new VerdictService(db, this.chains.calendar()).record(rulebook, absences);
            today.ifPresent(day -> settle(absences, day, actor));
        });
        int steps = chains.values().stream().mapToInt(List::size).sum();
        LOG.info("Demo data loaded into {}: {} people, {} absences, {} chain steps ({})", db.file(),
                people.size(), absences.size(), steps, rulebook.id());
        return new Loaded(people.size(), absences.size(), steps, rulebook.id());
    }

    /** Settles the absences that ended long enough before {@code today}; see {@link #load(LocalDate)}. */
    private void settle(List<Absence> absences, LocalDate today, Actor actor) {
        AbsenceLifecycleService life = new AbsenceLifecycleService(db, rulebooks, chains.calendar(),
                Messages.chinese(), Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        LocalDate settledBefore = today.minusDays(SETTLED_AFTER_DAYS);
        for (Absence absence : absences) {
            if (!absence.returnDate().isBefore(settledBefore)) {
                continue;
            }
            AbsenceDetails details = life.show(absence.id(), today);
            if (details.state() != AbsenceState.ACTIVE) {
                continue;
            }
            for (AbsenceDetails.StepLine step : details.chain()) {
                if (step.done().isEmpty()) {
                    life.stepDone(absence.id(), step.number(), notAfter(step.due(), today), DoneHow.WRITTEN,
                            Optional.empty(), actor);
                }
            }
            if (details.returnedOn().isEmpty()) {
                life.recordReturn(absence.id(), absence.returnDate(), actor);
            }
            for (AbsenceDetails.DutyLine duty : details.duties()) {
                if (duty.duty() == DutyKind.WRITTEN_REPORT && duty.done().isEmpty()) {
                    life.reportSubmitted(absence.id(), notAfter(duty.due(), today), actor);
                }
            }
        }
    }

    private static LocalDate notAfter(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }

    /**
     * The io readers take files (they sniff the encoding from the bytes), and inside a jar the demo is no file, so
     * it is copied out under its own names, which then appear in any error.
     */
    static ImportBatch readShippedFiles() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("leavedesk-demo");
            Path roster = copyOut(folder, ROSTER);
            Path absences = copyOut(folder, ABSENCES);
            ImportBatch people = RosterCsv.read(roster, List.of());
            ImportBatch batch = people.merge(AbsenceCsv.read(absences, people.people()));
            if (batch.hasErrors()) {
                throw new IllegalStateException("the shipped demo files do not import: "
                        + batch.errors().stream().map(RowError::describe).collect(Collectors.joining("; ")));
            }
            return batch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the demo files out of the application", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static Path copyOut(Path folder, String name) throws IOException {
        try (InputStream in = DemoDataService.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException(FOLDER + name + " is missing from the application");
            }
            Path target = folder.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not remove {}", folder, e);
        }
    }
}
