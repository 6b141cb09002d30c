package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Step;
import cn.leavedesk.io.AbsenceCsv;
import cn.leavedesk.io.ImportBatch;
import cn.leavedesk.io.RosterCsv;
import cn.leavedesk.io.RowError;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
     * @throws cn.leavedesk.store.StoreException when the database refuses (read-only, a roster id already used by a
     *                                           real person, disk full); nothing is written then
     */
    public Outcome load() {
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
        });
        int steps = chains.values().stream().mapToInt(List::size).sum();
        LOG.info("Demo data loaded into {}: {} people, {} absences, {} chain steps ({})", db.file(),
                people.size(), absences.size(), steps, rulebook.id());
        return new Loaded(people.size(), absences.size(), steps, rulebook.id());
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
