package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.leavedesk.io.AbsenceColumn.*;

/** Turns the rows of an absences file into absences. */
final class AbsenceImport {
    /** {@code DE}, or {@code AE:transit} for an airside transit. */
    private static final Pattern STOP = Pattern.compile("([A-Za-z]{2})(?:\\s*[:：]\\s*(\\S+))?");
    private static final List<String> TRANSIT_WORDS = List.of("transit", "中转", "过境", "转机");

    private AbsenceImport() {
    }

    static ImportBatch read(RowSource source, Collection<Person> roster) {
        List<RowError> errors = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        PersonDirectory directory = new PersonDirectory(roster);
        TableImport.IdRegister ids = new TableImport.IdRegister();
        TableImport.walk(source, AbsenceColumn.class, errors,
                row -> readRow(row, ids, directory).ifPresent(absences::add));
        return new ImportBatch(List.of(), absences, errors);
    }

    private static Optional<Absence> readRow(RowContext<AbsenceColumn> row, TableImport.IdRegister ids,
                                             PersonDirectory directory) {
        Optional<String> id = row.required(ID);
        id.flatMap(value -> ids.claim(value, row.number()))
                .ifPresent(first -> row.error(ID, RowProblem.DUPLICATE_ID, id.get(), first));
        Optional<String> person = row.required(PERSON).flatMap(ref -> person(row, PERSON, ref, directory));
        Optional<Kind> kind = row.requiredChoice(KIND, Vocabularies.KIND);
        Optional<Scope> scope = scope(row, kind);
        Status status = row.choice(STATUS, Vocabularies.STATUS).orElse(Status.ACTIVE);
        Optional<LocalDate> filed = row.date(FILED);
        Optional<LocalDate> depart = row.requiredDate(DEPART);
        Optional<LocalDate> returnDate = row.requiredDate(RETURN);
        if (depart.isPresent() && returnDate.isPresent() && returnDate.get().isBefore(depart.get())) {
            row.error(RETURN, RowProblem.RETURN_BEFORE_DEPART, returnDate.get(), depart.get());
        }
        List<Stop> stops = row.text(STOPS).map(text -> stops(row, text)).orElse(List.of());
        Optional<Meeting> meeting = meeting(row, directory);
        if (!row.clean()) {
            return Optional.empty();
        }
        return Optional.of(Absence.builder(id.orElseThrow(), person.orElseThrow(), kind.orElseThrow(),
                        scope.orElseThrow(), depart.orElseThrow(), returnDate.orElseThrow())
                .status(status)
                .filed(filed.orElse(null))
                .destination(row.text(DESTINATION).orElse(null))
                .reason(row.text(REASON).orElse(null))
                .contact(row.text(CONTACT).orElse(null))
                .actingPerson(row.text(ACTING_PERSON).orElse(null))
                .attachments(row.text(ATTACHMENTS).map(ListCell::split).orElse(List.of()))
                .stops(stops)
                .meeting(meeting.orElse(null))
                .build());
    }

    /** A meeting absence happens in the city unless the file says otherwise. */
    private static Optional<Scope> scope(RowContext<AbsenceColumn> row, Optional<Kind> kind) {
        if (row.text(SCOPE).isEmpty() && kind.equals(Optional.of(Kind.MEETING_ABSENCE))) {
            return Optional.of(Scope.WITHIN_CITY);
        }
        if (row.text(SCOPE).isEmpty() && kind.isEmpty()) {
            return Optional.empty(); // the missing kind is already reported
        }
        return row.requiredChoice(SCOPE, Vocabularies.SCOPE);
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
