package cn.leavedesk.service;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.importing.ImportCancelledException;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.MissingFact;
import cn.leavedesk.domain.importing.ParsedRow;
import cn.leavedesk.domain.importing.SuppliedFacts;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.io.AbsenceCsv;
import cn.leavedesk.io.AbsenceXlsx;
import cn.leavedesk.io.ImportBatch;
import cn.leavedesk.io.RosterCsv;
import cn.leavedesk.io.RosterXlsx;
import cn.leavedesk.io.RowError;
import cn.leavedesk.io.RowProblem;
import cn.leavedesk.io.Scenario;
import cn.leavedesk.io.ScenarioException;
import cn.leavedesk.io.ScenarioJson;
import cn.leavedesk.io.TableKind;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.RulebookLoader;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.DuplicateIdException;
import cn.leavedesk.store.SettingsRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings scenario files, rosters and absence registers into a database, all or nothing: every problem of every
 * file is collected first, and if there is any, nothing is stored. People come before absences whatever the order
 * of the files, so an absences file may refer to someone a roster in the same import adds. An id the database
 * already holds is refused, never stored twice.
 *
 * <p>An absence that breaks a rule (filed late, over a quota) is still a record and is imported. For each active
 * one the approval chain of the office's rulebook (setting {@link SettingsRepository#RULEBOOK}, Wuhan when unset)
 * is stored as well. Only the chain check runs for that: the chain depends on the person, the request and the
 * working calendar, never on the history, so it costs the same per absence at fifty thousand rows as at one.
 */
public final class ImportService {
    public static final String DEFAULT_RULEBOOK = "wuhan";
    /** Beyond this many ids already stored, one line says how many more there are. */
    static final int DUPLICATES_LISTED = 20;

    private final Database db;
    private final SharedCalendar calendar;

    public ImportService(Database db, WorkingCalendar calendar) {
        this(db, SharedCalendar.fixed(calendar));
    }

    /** Plans chains with the calendar in force at each import. */
    public ImportService(Database db, SharedCalendar calendar) {
        this.db = db;
        this.calendar = calendar;
    }

    /**
     * Reads the files as {@link #importFiles(List, SuppliedFacts, ChainRecording, Actor)} would and says what it
     * would store and what stops it, writing nothing. Rows whose ids the database already holds are reported too.
     */
    public ImportPreview preview(List<ImportFile> files, SuppliedFacts facts) {
        return preview(files, facts, ImportMonitor.none());
    }

    /**
     * As {@link #preview(List, SuppliedFacts)}, telling the monitor how far each file has been read.
     *
     * @throws ImportCancelledException when the monitor says to stop
     */
    public ImportPreview preview(List<ImportFile> files, SuppliedFacts facts, ImportMonitor monitor) {
        Collected collected = collect(files, facts, monitor);
        List<RowError> errors = new ArrayList<>(collected.errors);
        errors.addAll(collected.batch.absencesAlreadyStored(db));
        return new ImportPreview(collected.batch.people, collected.batch.absences, errors, collected.missing);
    }

    /** As {@link #importFiles(List, SuppliedFacts, ChainRecording, Actor)} with no facts supplied. */
    public ImportResult importFiles(List<ImportFile> files, ChainRecording chainRecording, Actor actor) {
        return importFiles(files, SuppliedFacts.none(), chainRecording, actor);
    }

    /**
     * @param facts kinds and scopes the clerk supplied where the files leave them out
     * @throws cn.leavedesk.rules.RulebookException when the configured rulebook cannot be loaded and chains are
     *                                              to be recorded; nothing is stored then
     */
    public ImportResult importFiles(List<ImportFile> files, SuppliedFacts facts, ChainRecording chainRecording,
                                    Actor actor) {
        return importFiles(files, facts, chainRecording, actor, ImportMonitor.none());
    }

    /**
     * As {@link #importFiles(List, SuppliedFacts, ChainRecording, Actor)}, telling the monitor how far each file
     * has been read. The monitor is asked to stop while files are read and once more just before the one
     * transaction that stores everything; after that the import completes.
     *
     * @throws ImportCancelledException when the monitor says to stop; nothing is stored then
     */
    public ImportResult importFiles(List<ImportFile> files, SuppliedFacts facts, ChainRecording chainRecording,
                                    Actor actor, ImportMonitor monitor) {
        Collected collected = collect(files, facts, monitor);
        Batch batch = collected.batch;
        List<RowError> errors = new ArrayList<>(collected.errors);
        if (!errors.isEmpty()) {
            // refused anyway, so the slow look-up costs nothing worth saving and completes the list
            errors.addAll(batch.absencesAlreadyStored(db));
            return ImportResult.refused(errors);
        }

        List<Person> everyone = batch.knownPeople(collected.stored);
        List<Absence> absences = batch.absenceValues();
        Map<String, List<Step>> chains = chainRecording == ChainRecording.RECORD
                ? chains(absences, new Roster(everyone))
                : Map.of();
        List<Person> people = batch.personValues();
        Optional<Rulebook> verdicts = verdictRulebook(absences.size());
        if (monitor.cancelled()) {
            throw new ImportCancelledException();
        }
        try {
            db.inTransaction(() -> {
                db.people().insertAll(people, actor);
                db.absences().insertBatch(absences, actor);
                chains.forEach((absenceId, steps) -> db.chains().saveSteps(absenceId, steps, actor));
                // the register's verdict, as the request form records it; checked once everything is stored, so
                // that each absence is checked against the others of the batch too
                verdicts.ifPresent(rulebook -> new VerdictService(db, calendar.get()).record(rulebook, absences));
            });
        } catch (DuplicateIdException e) {
            List<RowError> duplicates = batch.absencesAlreadyStored(db);
            if (duplicates.isEmpty()) {
                throw e; // someone else stored a person meanwhile; the store's message says which
            }
            return ImportResult.refused(duplicates);
        }
        return new ImportResult(List.of(), people.size(), absences.size(), chains.size());
    }

    /** Every file read, people before absences, with every problem found without asking the database. */
    private record Collected(Batch batch, List<RowError> errors, List<MissingFact> missing, List<Person> stored) {
    }

    private Collected collect(List<ImportFile> files, SuppliedFacts facts, ImportMonitor monitor) {
        List<RowError> errors = new ArrayList<>();
        List<MissingFact> missing = new ArrayList<>();
        List<Person> stored = db.people().all();
        Batch batch = new Batch();

        List<ImportFile> resolved = new ArrayList<>();
        for (ImportFile file : files) {
            if (Files.isRegularFile(file.path())) {
                resolved.add(resolve(file, errors));
            } else {
                errors.add(RowError.ofFile(file.path().toString(), RowProblem.FILE_MISSING));
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<ImportFile> scenarioFiles = new ArrayList<>();
        for (ImportFile file : resolved) {
            if (file.content() == ImportFile.Content.SCENARIO) {
                readScenario(file, errors).ifPresent(s -> {
                    scenarios.add(s);
                    scenarioFiles.add(file);
                });
            }
        }
        for (int i = 0; i < scenarios.size(); i++) {
            batch.addPeople(scenarioRows(scenarioFiles.get(i).fileName(), scenarios.get(i).people()));
        }
        for (ImportFile file : resolved) {
            if (file.content() == ImportFile.Content.ROSTER) {
                List<Person> known = batch.knownPeople(stored);
                ImportBatch read = file.isCsv()
                        ? RosterCsv.read(file.path(), known, monitor) : RosterXlsx.read(file.path(), known, monitor);
                errors.addAll(read.errors());
                batch.addPeople(read.personRows());
            }
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            String name = scenarioFiles.get(i).fileName();
            batch.addAbsences(scenarioRows(name, scenario.history()));
            scenario.request().ifPresent(request -> batch.addAbsences(scenarioRows(name, List.of(request))));
        }
        List<Person> everyone = batch.knownPeople(stored);
        for (ImportFile file : resolved) {
            if (file.content() == ImportFile.Content.ABSENCES) {
                ImportBatch read = file.isCsv()
                        ? AbsenceCsv.read(file.path(), everyone, facts, monitor)
                        : AbsenceXlsx.read(file.path(), everyone, facts, monitor);
                errors.addAll(read.errors());
                missing.addAll(read.missing());
                batch.addAbsences(read.absenceRows());
            }
        }
        errors.addAll(batch.repeatedIds(stored));
        return new Collected(batch, errors, missing, stored);
    }

    private static <T> List<ParsedRow<T>> scenarioRows(String file, List<T> values) {
        return values.stream().map(v -> new ParsedRow<>(file, RowError.WHOLE_FILE, v, ParsedRow.IdSource.FILE))
                .toList();
    }

    private static ImportFile resolve(ImportFile file, List<RowError> errors) {
        if (file.content() != ImportFile.Content.DETECT) {
            return file;
        }
        return switch (TableKind.of(file.path())) {
            case ROSTER -> ImportFile.roster(file.path());
            case ABSENCES -> ImportFile.absences(file.path());
            // reading it as a roster makes the reader say what is wrong with the file
            case UNREADABLE -> ImportFile.roster(file.path());
            case UNKNOWN -> {
                errors.add(RowError.ofFile(file.fileName(), RowProblem.TABLE_KIND_UNKNOWN));
                yield new ImportFile(file.path(), ImportFile.Content.DETECT);
            }
        };
    }

    private static Optional<Scenario> readScenario(ImportFile file, List<RowError> errors) {
        try {
            return Optional.of(ScenarioJson.read(file.path()));
        } catch (NoSuchFileException e) {
            errors.add(RowError.ofFile(file.fileName(), RowProblem.FILE_MISSING));
        } catch (IOException e) {
            errors.add(RowError.ofFile(file.fileName(), RowProblem.FILE_UNREADABLE, e.getMessage()));
        } catch (ScenarioException e) {
            errors.add(RowError.ofFile(file.fileName(), RowProblem.SCENARIO_INVALID, e.message()));
        }
        return Optional.empty();
    }

    private Map<String, List<Step>> chains(List<Absence> absences, Roster roster) {
        Map<String, List<Step>> result = new LinkedHashMap<>();
        if (absences.isEmpty()) {
            return result;
        }
        result.putAll(new ChainPlanner(calendar.get()).plan(officeRulebook(), roster, absences));
        return result;
    }

    private Rulebook officeRulebook() {
        String rulebookId = db.settings().get(SettingsRepository.RULEBOOK)
                .filter(s -> !s.isBlank()).orElse(DEFAULT_RULEBOOK);
        return RulebookLoader.load(rulebookId);
    }

    /**
     * The rulebook the imported absences' verdicts are checked with, when they are few enough to check during the
     * import; otherwise (or when the rulebook does not load and no chains are asked for) the client checks them in
     * the background later.
     */
    private Optional<Rulebook> verdictRulebook(int absences) {
        if (absences == 0 || absences > VerdictService.AT_IMPORT) {
            return Optional.empty();
        }
        try {
            return Optional.of(officeRulebook());
        } catch (cn.leavedesk.rules.RulebookException e) {
            return Optional.empty();
        }
    }

    /** The records of every file, each with the file and row it came from, for messages. */
    private static final class Batch {
        final List<ParsedRow<Person>> people = new ArrayList<>();
        final List<ParsedRow<Absence>> absences = new ArrayList<>();

        void addPeople(List<ParsedRow<Person>> added) {
            people.addAll(added);
        }

        void addAbsences(List<ParsedRow<Absence>> added) {
            absences.addAll(added);
        }

        List<Person> personValues() {
            return people.stream().map(ParsedRow::value).toList();
        }

        List<Absence> absenceValues() {
            return absences.stream().map(ParsedRow::value).toList();
        }

        /** The stored people followed by those of this batch not stored yet: what references may name. */
        List<Person> knownPeople(List<Person> stored) {
            List<Person> known = new ArrayList<>(stored);
            Set<String> ids = new HashSet<>();
            stored.forEach(p -> ids.add(p.id()));
            for (ParsedRow<Person> p : people) {
                if (ids.add(p.value().id())) {
                    known.add(p.value());
                }
            }
            return known;
        }

        /** People already stored, and ids given twice across files (a file's own repeats its reader reports). */
        List<RowError> repeatedIds(List<Person> stored) {
            List<RowError> errors = new ArrayList<>();
            Set<String> storedIds = new HashSet<>();
            stored.forEach(p -> storedIds.add(p.id()));
            Map<String, List<String>> alreadyStored = new LinkedHashMap<>();
            Map<String, String> firstFile = new HashMap<>();
            for (ParsedRow<Person> row : people) {
                String id = row.value().id();
                String file = row.file();
                if (storedIds.contains(id)) {
                    alreadyStored.computeIfAbsent(file, f -> new ArrayList<>()).add(id);
                } else {
                    String earlier = firstFile.putIfAbsent(id, file);
                    if (earlier != null && !earlier.equals(file)) {
                        errors.add(RowError.ofFile(file, RowProblem.PERSON_ID_IN_OTHER_FILE, id, earlier));
                    }
                }
            }
            alreadyStored.forEach((file, ids) -> errors.addAll(
                    alreadyStoredErrors(file, RowProblem.PERSON_STORED, RowProblem.MORE_PEOPLE_STORED, ids)));
            Map<String, String> firstAbsenceFile = new HashMap<>();
            for (ParsedRow<Absence> row : absences) {
                String id = row.value().id();
                String earlier = firstAbsenceFile.putIfAbsent(id, row.file());
                if (earlier != null && !earlier.equals(row.file())) {
                    errors.add(RowError.ofFile(row.file(), RowProblem.ABSENCE_ID_IN_OTHER_FILE, id, earlier));
                }
            }
            return errors;
        }

        /**
         * Which absences the database already holds, by file; a row whose id was made from its content is named
         * by its row, as the clerk never saw that id. Only asked after the store refused the batch, or for a
         * preview, so that an import of new records pays nothing for it.
         */
        List<RowError> absencesAlreadyStored(Database db) {
            Map<String, List<String>> byFile = new LinkedHashMap<>();
            Map<String, List<ParsedRow<Absence>>> rowsByFile = new LinkedHashMap<>();
            List<RowError> errors = new ArrayList<>();
            if (absences.isEmpty() || db.absences().countRegister(RegisterFilter.all()) == 0) {
                return errors; // an office's first import: nothing to look up, row by row
            }
            for (ParsedRow<Absence> row : absences) {
                String id = row.value().id();
                if (db.absences().find(id).isEmpty()) {
                    continue;
                }
                if (row.id() == ParsedRow.IdSource.GENERATED) {
                    rowsByFile.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(row);
                } else {
                    byFile.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(id);
                }
            }
            byFile.forEach((file, ids) -> errors.addAll(
                    alreadyStoredErrors(file, RowProblem.ABSENCE_STORED, RowProblem.MORE_ABSENCES_STORED, ids)));
            rowsByFile.forEach((file, rows) -> {
                for (ParsedRow<Absence> row : rows.subList(0, Math.min(rows.size(), DUPLICATES_LISTED))) {
                    errors.add(new RowError(file, row.row(), RowError.NO_COLUMN, RowProblem.ROW_STORED,
                            row.value().id()));
                }
                if (rows.size() > DUPLICATES_LISTED) {
                    errors.add(RowError.ofFile(file, RowProblem.MORE_ABSENCES_STORED, rows.size() - DUPLICATES_LISTED));
                }
            });
            return errors;
        }

        private static List<RowError> alreadyStoredErrors(String file, RowProblem one, RowProblem more,
                                                          List<String> ids) {
            List<RowError> errors = new ArrayList<>();
            for (String id : ids.subList(0, Math.min(ids.size(), DUPLICATES_LISTED))) {
                errors.add(RowError.ofFile(file, one, id));
            }
            if (ids.size() > DUPLICATES_LISTED) {
                errors.add(RowError.ofFile(file, more, ids.size() - DUPLICATES_LISTED));
            }
            return errors;
        }
    }
}
