package cn.leavedesk.io;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.SuppliedFacts;

import java.nio.file.Path;
import java.util.Collection;

/** Reads an absences file saved as CSV; columns in docs/import-format.md. */
public final class AbsenceCsv {
    private AbsenceCsv() {
    }

    /**
     * Never throws for a bad file: every problem, the file's own included, is a {@link RowError} in the batch.
     *
     * @param known the people absences may refer to: those already stored plus any imported in the same batch
     */
    public static ImportBatch read(Path file, Collection<Person> known) {
        return read(file, known, SuppliedFacts.none());
    }

    /** As {@link #read(Path, Collection)}, with facts the file leaves out supplied by the caller. */
    public static ImportBatch read(Path file, Collection<Person> known, SuppliedFacts facts) {
        return read(file, known, facts, ImportMonitor.none());
    }

    /** As {@link #read(Path, Collection, SuppliedFacts)}, reporting progress and stopping when cancelled. */
    public static ImportBatch read(Path file, Collection<Person> known, SuppliedFacts facts, ImportMonitor monitor) {
        return AbsenceImport.read(new CsvRowSource(file), known, facts, monitor);
    }
}
