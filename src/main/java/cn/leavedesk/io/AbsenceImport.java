package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.MissingFact;
import cn.leavedesk.domain.importing.ParsedRow;
import cn.leavedesk.domain.importing.RequiredFact;
import cn.leavedesk.domain.importing.SuppliedFacts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.leavedesk.io.AbsenceColumn.*;

/** Turns the rows of an absences file into absences. */
final class AbsenceImport {
    /** {@code DE}, or {@code AE:transit} for an airside transit. */
    private static final Pattern STOP = Pattern.compile("([A-Za-z]{2})(?:\\s*[:：]\\s*(\\S+))?");
    private static final List<String> TRANSIT_WORDS = ImportWords.of("transit");
    /** Prefix of the ids made for files without an id column. */
    static final String GENERATED_PREFIX = "imp-";
    /** Columns that say nothing about the absence itself, left out of a generated id. */
    private static final Set<AbsenceColumn> NOT_CONTENT = Set.of(ID, ROLE, DAYS);

    private AbsenceImport() {
    }

    /** What the walk over one file has gathered. */
    private static final class State {
        final List<RowError> errors = new ArrayList<>();
        final List<ParsedRow<Absence>> absences = new ArrayList<>();
        final Map<RequiredFact, List<Integer>> columnMissing = new EnumMap<>(RequiredFact.class);
        final Map<RequiredFact, List<Integer>> cellsBlank = new EnumMap<>(RequiredFact.class);
        final TableImport.IdRegister ids = new TableImport.IdRegister();
        final Map<String, Integer> generated = new HashMap<>();
        int headerRow = RowError.WHOLE_FILE;
    }

    static ImportBatch read(RowSource source, Collection<Person> roster, SuppliedFacts facts, ImportMonitor monitor) {
        String file = source.fileName();
        State state = new State();
        PersonDirectory directory = new PersonDirectory(roster);
        TableImport.walk(source, AbsenceColumn.class, state.errors,
                row -> readRow(file, row, state, directory, facts).ifPresent(state.absences::add), monitor);
        List<MissingFact> missing = new ArrayList<>();
        state.columnMissing.forEach((fact, rows) -> {
            String column = column(fact).displayName();
            missing.add(new MissingFact(file, fact, column, MissingFact.Extent.WHOLE_COLUMN, rows));
            // one line for the whole column, on the header row, naming the column the file lacks
            state.errors.add(new RowError(file, state.headerRow, RowError.NO_COLUMN, RowProblem.MISSING_FACT_COLUMN,
                    column));
        });
        state.cellsBlank.forEach((fact, rows) -> missing.add(new MissingFact(file, fact, column(fact).displayName(),
                MissingFact.Extent.BLANK_CELLS, rows)));
        return new ImportBatch(List.of(), state.absences, state.errors, missing);
    }

    private static AbsenceColumn column(RequiredFact fact) {
        return fact == RequiredFact.KIND ? KIND : SCOPE;
    }

    private static Optional<ParsedRow<Absence>> readRow(String file, RowContext<AbsenceColumn> row, State state,
                                                        PersonDirectory directory, SuppliedFacts facts) {
        state.headerRow = row.headerRowNumber();
        Optional<String> givenId = row.hasColumn(ID) ? row.required(ID) : Optional.empty();
        givenId.flatMap(value -> state.ids.claim(value, row.number()))
                .ifPresent(first -> row.error(ID, RowProblem.DUPLICATE_ID, givenId.get(), first));
        Optional<String> person = row.required(PERSON).flatMap(ref -> person(row, PERSON, ref, directory));
        Optional<Kind> kind = fact(row, state, RequiredFact.KIND, Vocabularies.KIND, facts.kind(file, row.number()),
                Optional.empty());
        // a meeting absence happens in the city unless the file says otherwise
        Optional<Scope> meetingScope = kind.filter(k -> k == Kind.MEETING_ABSENCE).map(k -> Scope.WITHIN_CITY);
        // a blank kind cell is reported; whether a scope is needed depends on the kind, so it waits for it
        boolean kindCellBlank = kind.isEmpty() && row.hasColumn(KIND) && row.text(KIND).isEmpty();
        Optional<Scope> scope = kindCellBlank && row.text(SCOPE).isEmpty() ? Optional.empty()
                : fact(row, state, RequiredFact.SCOPE, Vocabularies.SCOPE, facts.scope(file, row.number()),
                meetingScope);
        Status status = row.choice(STATUS, Vocabularies.STATUS).orElse(Status.ACTIVE);
        Optional<LocalDate> filed = row.date(FILED);
        Optional<LocalDate> depart = row.requiredDate(DEPART);
        Optional<LocalDate> returnDate = row.requiredDate(RETURN);
        if (depart.isPresent() && returnDate.isPresent() && returnDate.get().isBefore(depart.get())) {
            row.error(RETURN, RowProblem.RETURN_BEFORE_DEPART, returnDate.get(), depart.get());
        }
        List<Stop> stops = row.text(STOPS).map(text -> stops(row, text)).orElse(List.of());
        Optional<Meeting> meeting = meeting(row, directory);
        if (!row.clean() || kind.isEmpty() || scope.isEmpty()) {
            return Optional.empty();
        }
        ParsedRow.IdSource source = givenId.isPresent() ? ParsedRow.IdSource.FILE : ParsedRow.IdSource.GENERATED;
        String id = givenId.orElseGet(() -> generatedId(row, person.orElseThrow(), depart.orElseThrow(),
                returnDate.orElseThrow(), filed));
        if (source == ParsedRow.IdSource.GENERATED) {
            Integer first = state.generated.putIfAbsent(id, row.number());
            if (first != null) {
                row.rowError(RowProblem.DUPLICATE_ROW, first);
                return Optional.empty();
            }
        }
        Absence absence = Absence.builder(id, person.orElseThrow(), kind.get(), scope.get(), depart.orElseThrow(),
                        returnDate.orElseThrow())
                .status(status)
                .filed(filed.orElse(null))
                .destination(row.text(DESTINATION).orElse(null))
                .reason(row.text(REASON).orElse(null))
                .contact(row.text(CONTACT).orElse(null))
                .actingPerson(row.text(ACTING_PERSON).orElse(null))
                .attachments(row.text(ATTACHMENTS).map(ListCell::split).orElse(List.of()))
                .stops(stops)
                .meeting(meeting.orElse(null))
                .build();
        return Optional.of(new ParsedRow<>(file, row.number(), absence, source));
    }

    /**
     * A required fact: the file's cell, else what the caller supplied, else a default (a meeting's scope), else
     * an error — and a note of the missing fact, so that a preview can ask for it.
     */
    private static <E extends Enum<E>> Optional<E> fact(RowContext<AbsenceColumn> row, State state,
                                                        RequiredFact fact, Vocabulary<E> vocabulary,
                                                        Optional<E> supplied, Optional<E> fallback) {
        AbsenceColumn column = column(fact);
        if (row.text(column).isPresent()) {
            return row.choice(column, vocabulary);
        }
        if (supplied.isPresent()) {
            return supplied;
        }
        if (fallback.isPresent()) {
            return fallback;
        }
        if (row.hasColumn(column)) {
            row.required(column);
            state.cellsBlank.computeIfAbsent(fact, f -> new ArrayList<>()).add(row.number());
        } else {
            state.columnMissing.computeIfAbsent(fact, f -> new ArrayList<>()).add(row.number());
        }
        return Optional.empty();
    }

    /**
     * An id for a row of a file without ids, the same every time the same row is read: a digest of the person,
     * the dates and the text of every other column the file has, the row's number and 序号 left out so that a
     * re-sorted or renumbered file is still recognised. Dates are digested as dates, so the CSV and the .xlsx
     * of one register give the same ids.
     */
    private static String generatedId(RowContext<AbsenceColumn> row, String personId, LocalDate depart,
                                      LocalDate returnDate, Optional<LocalDate> filed) {
        StringBuilder content = new StringBuilder();
        content.append("person=").append(personId).append('\n')
                .append("depart=").append(depart).append('\n')
                .append("return=").append(returnDate).append('\n')
                .append("filed=").append(filed.map(LocalDate::toString).orElse("")).append('\n');
        for (AbsenceColumn column : AbsenceColumn.values()) {
            if (NOT_CONTENT.contains(column) || column == PERSON || column == DEPART || column == RETURN
                    || column == FILED || !row.hasColumn(column)) {
                continue;
            }
            content.append(column.code()).append('=').append(row.text(column).orElse("")).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return GENERATED_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<String> person(RowContext<AbsenceColumn> row, AbsenceColumn column, String reference,
                                           PersonDirectory directory) {
        try {
            return Optional.of(directory.resolve(reference));
        } catch (ProblemException e) {
            row.error(column, e);
            return Optional.empty();
        }
    }

    private static Optional<Meeting> meeting(RowContext<AbsenceColumn> row, PersonDirectory directory) {
        Optional<MeetingType> type = row.choice(MEETING_TYPE, Vocabularies.MEETING_TYPE);
        Optional<String> convenerText = row.text(MEETING_CONVENER);
        Optional<String> convener = convenerText.flatMap(ref -> person(row, MEETING_CONVENER, ref, directory));
        if (convenerText.isPresent() && row.text(MEETING_TYPE).isEmpty()) {
            row.error(MEETING_TYPE, RowProblem.CONVENER_WITHOUT_TYPE);
        }
        return type.map(value -> new Meeting(value, convener));
    }

    private static List<Stop> stops(RowContext<AbsenceColumn> row, String text) {
        List<Stop> stops = new ArrayList<>();
        for (String part : text.split("[;；、,，]")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            Matcher matcher = STOP.matcher(token);
            if (!matcher.matches()) {
                row.error(STOPS, RowProblem.STOP_UNREADABLE, token);
                continue;
            }
            Optional<String> mark = Optional.ofNullable(matcher.group(2));
            if (mark.isPresent() && !TRANSIT_WORDS.contains(mark.get().toLowerCase(Locale.ROOT))) {
                row.error(STOPS, RowProblem.STOP_MARK, mark.get());
                continue;
            }
            stops.add(new Stop(matcher.group(1), mark.isEmpty()));
        }
        return stops;
    }
}
