package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.importing.MissingFact;
import cn.leavedesk.domain.importing.ParsedRow;

import java.util.ArrayList;
import java.util.List;

/**
 * What one or more import files yielded. Import is all or nothing: a batch with any error must not be stored,
 * and the records it does hold are only there so the clerk can see what was understood.
 *
 * @param personRows  the people read, with the row each came from
 * @param absenceRows the absences read, with the row each came from
 * @param errors      every problem, each naming file, row and column
 * @param missing     required facts the files leave out (each also reported among the errors until supplied)
 */
public record ImportBatch(List<ParsedRow<Person>> personRows, List<ParsedRow<Absence>> absenceRows,
                          List<RowError> errors, List<MissingFact> missing) {
    public ImportBatch {
        personRows = List.copyOf(personRows);
        absenceRows = List.copyOf(absenceRows);
        errors = List.copyOf(errors);
        missing = List.copyOf(missing);
    }

    public static ImportBatch empty() {
        return new ImportBatch(List.of(), List.of(), List.of(), List.of());
    }

    public List<Person> people() {
        return personRows.stream().map(ParsedRow::value).toList();
    }

    public List<Absence> absences() {
        return absenceRows.stream().map(ParsedRow::value).toList();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** This batch followed by another, e.g. a roster file and then the absences file that refers to it. */
    public ImportBatch merge(ImportBatch other) {
        return new ImportBatch(concat(personRows, other.personRows), concat(absenceRows, other.absenceRows),
                concat(errors, other.errors), concat(missing, other.missing));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
