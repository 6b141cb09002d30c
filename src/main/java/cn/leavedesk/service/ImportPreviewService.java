package cn.leavedesk.service;

import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Step;
import cn.leavedesk.io.AbsenceCsv;
import cn.leavedesk.io.AbsenceXlsx;
import cn.leavedesk.io.ImportBatch;
import cn.leavedesk.io.RosterCsv;
import cn.leavedesk.io.RosterXlsx;
import cn.leavedesk.io.TableKind;
import cn.leavedesk.service.ImportPreview.Code;
import cn.leavedesk.service.ImportPreview.Content;
import cn.leavedesk.service.ImportPreview.FileSummary;
import cn.leavedesk.service.ImportPreview.Issue;
import cn.leavedesk.store.Actor;
import cn.leavedesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The client's import in two steps: {@link #preview} reads roster and absence tables (CSV or XLSX) with the same
 * readers as {@code import} and writes nothing; {@link #store} then stores exactly what was previewed, all or
 * nothing, with progress and a cancel that rolls the whole transaction back.
 *
 * <p>Like {@link ImportService}, people come before absences whatever the order of the files, ids already stored
 * are refused, and each active absence gets the chain of the office's rulebook.
 */
public final class ImportPreviewService {
    /** Records written between two looks at the cancel button. */
    static final int CHUNK = 2_000;

    private final Database db;
    private final RulebookService rulebooks;
    private final WorkingCalendar calendar;

    public ImportPreviewService(Database db, RulebookService rulebooks, WorkingCalendar calendar) {
        this.db = db;
        this.rulebooks = rulebooks;
        this.calendar = calendar;
    }

    /**
     * Reads the files; nothing is written.
     *
     * @throws CancellationException when the progress says so between two files
     */
    public ImportPreview preview(List<Path> files, ImportProgress progress) {
        List<Issue> issues = new ArrayList<>();
        List<Person> stored = db.people().all();
        Map<Path, Content> contents = new LinkedHashMap<>();
        long steps = files.size() * 2L + 1;
        long done = 0;
        for (Path file : files) {
            checkCancel(progress);
            contents.put(file, content(file, issues));
            progress.update(++done, steps);
        }
        List<Person> people = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        Map<Path, FileSummary> summaries = new LinkedHashMap<>();
        Map<String, String> personFile = new HashMap<>();
        for (Map.Entry<Path, Content> entry : contents.entrySet()) {
            if (entry.getValue() != Content.ROSTER) {
                continue;
            }
            checkCancel(progress);
            Path file = entry.getKey();
            List<Person> known = new ArrayList<>(stored);
            known.addAll(people);
            ImportBatch read = isCsv(file) ? RosterCsv.read(file, known) : RosterXlsx.read(file, known);
            int before = issues.size();
            read.errors().forEach(e -> issues.add(Issue.of(e)));
            for (Person p : read.people()) {
                String earlier = personFile.putIfAbsent(p.id(), fileName(file));
                if (earlier != null && !earlier.equals(fileName(file))) {
                    issues.add(Issue.of(fileName(file), Code.ID_IN_TWO_FILES, p.id(), earlier));
                }
            }
            people.addAll(read.people());
            summaries.put(file, new FileSummary(file, Content.ROSTER, read.people().size(), 0, issues.size() - before));
            progress.update(++done, steps);
        }
        Set<String> storedIds = new HashSet<>();
        stored.forEach(p -> storedIds.add(p.id()));
        for (Person p : people) {
            if (storedIds.contains(p.id())) {
                issues.add(Issue.of(personFile.get(p.id()), Code.PERSON_ALREADY_STORED, p.id()));
            }
        }
        List<Person> everyone = new ArrayList<>(stored);
        people.stream().filter(p -> !storedIds.contains(p.id())).forEach(everyone::add);
        Map<String, String> absenceFile = new HashMap<>();
        for (Map.Entry<Path, Content> entry : contents.entrySet()) {
            Path file = entry.getKey();
            if (entry.getValue() == Content.UNKNOWN) {
                summaries.put(file, new FileSummary(file, Content.UNKNOWN, 0, 0, 1));
                progress.update(++done, steps);
                continue;
            }
            if (entry.getValue() != Content.ABSENCES) {
                continue;
            }
            checkCancel(progress);
            ImportBatch read = isCsv(file) ? AbsenceCsv.read(file, everyone) : AbsenceXlsx.read(file, everyone);
            int before = issues.size();
            read.errors().forEach(e -> issues.add(Issue.of(e)));
            for (Absence a : read.absences()) {
                String earlier = absenceFile.putIfAbsent(a.id(), fileName(file));
                if (earlier != null && !earlier.equals(fileName(file))) {
                    issues.add(Issue.of(fileName(file), Code.ID_IN_TWO_FILES, a.id(), earlier));
                } else if (db.absences().find(a.id()).isPresent()) {
                    issues.add(Issue.of(fileName(file), Code.ABSENCE_ALREADY_STORED, a.id()));
                }
            }
            absences.addAll(read.absences());
            summaries.put(file, new FileSummary(file, Content.ABSENCES, 0, read.absences().size(),
                    issues.size() - before));
            progress.update(++done, steps);
        }
        progress.update(steps, steps);
        List<FileSummary> ordered = files.stream().filter(summaries::containsKey).map(summaries::get).toList();
        return new ImportPreview(ordered, people, absences, issues);
    }

    /** What {@link #store} wrote. */
    public record Stored(int people, int absences, int chains) {
    }

    /**
     * Stores the previewed records in one transaction; a cancel between two chunks rolls everything back.
     *
     * @throws IllegalArgumentException when the preview has issues (the screen never offers that)
     * @throws CancellationException    when cancelled; nothing was written
     * @throws cn.leavedesk.store.StoreException when the store refuses (someone stored one of the ids meanwhile,
     *                                           read-only file, disk full); nothing was written
     */
    public Stored store(ImportPreview preview, ImportProgress progress) {
        if (!preview.canStore()) {
            throw new IllegalArgumentException("a preview with issues or nothing in it cannot be stored");
        }
        List<Person> roster = new ArrayList<>(db.people().all());
        roster.addAll(preview.people());
        List<Absence> active = preview.absences();
        Map<String, List<Step>> chains = active.isEmpty() ? Map.of() : new ChainPlanner(calendar).plan(
                rulebooks.get(new SettingsService(db).load().rulebookId()), new Roster(roster), active);
        checkCancel(progress);
        Actor actor = db.settings().currentActor();
        long total = preview.people().size() + (long) preview.absences().size() + chains.size();
        long[] done = {0};
        db.inTransaction(() -> {
            for (List<Person> chunk : chunks(preview.people())) {
                db.people().insertAll(chunk, actor);
                advance(progress, done, chunk.size(), total);
            }
            for (List<Absence> chunk : chunks(preview.absences())) {
                db.absences().insertBatch(chunk, actor);
                advance(progress, done, chunk.size(), total);
            }
            int n = 0;
            for (Map.Entry<String, List<Step>> chain : chains.entrySet()) {
                db.chains().saveSteps(chain.getKey(), chain.getValue(), actor);
                if (++n % CHUNK == 0) {
                    advance(progress, done, CHUNK, total);
                }
            }
            // the last look: a cancel up to here still leaves the file as it was
            checkCancel(progress);
        });
        progress.update(total, total);
        return new Stored(preview.people().size(), preview.absences().size(), chains.size());
    }

    private static void advance(ImportProgress progress, long[] done, int by, long total) {
        done[0] += by;
        progress.update(done[0], total);
        checkCancel(progress);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            result.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return result;
    }

    private static void checkCancel(ImportProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("import cancelled");
        }
    }

    private static Content content(Path file, List<Issue> issues) {
        if (!Files.isRegularFile(file)) {
            issues.add(Issue.of(fileName(file), Code.FILE_MISSING));
            return Content.UNKNOWN;
        }
        return switch (TableKind.of(file)) {
            case ROSTER -> Content.ROSTER;
            case ABSENCES -> Content.ABSENCES;
            // read as a roster so that the reader says what is wrong with the file
            case UNREADABLE -> Content.ROSTER;
            case UNKNOWN -> {
                issues.add(Issue.of(fileName(file), Code.UNKNOWN_TABLE));
                yield Content.UNKNOWN;
            }
        };
    }

    private static boolean isCsv(Path file) {
        return fileName(file).toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }
}
