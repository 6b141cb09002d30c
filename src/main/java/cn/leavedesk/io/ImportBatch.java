package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;

import java.util.ArrayList;
import java.util.List;

/**
 * What one or more import files yielded. Import is all or nothing: a batch with any error must not be stored,
 * and the records it does hold are only there so the clerk can see what was understood.
 */
public record ImportBatch(List<Person> people, List<Absence> absences, List<RowError> errors) {
    public ImportBatch {
        people = List.copyOf(people);
        absences = List.copyOf(absences);
        errors = List.copyOf(errors);
    }

    public static ImportBatch empty() {
        return new ImportBatch(List.of(), List.of(), List.of());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** This batch followed by another, e.g. a roster file and then the absences file that refers to it. */
    public ImportBatch merge(ImportBatch other) {
        List<Person> allPeople = new ArrayList<>(people);
        allPeople.addAll(other.people);
        List<Absence> allAbsences = new ArrayList<>(absences);
        allAbsences.addAll(other.absences);
        List<RowError> allErrors = new ArrayList<>(errors);
        allErrors.addAll(other.errors);
        return new ImportBatch(allPeople, allAbsences, allErrors);
    }
}
