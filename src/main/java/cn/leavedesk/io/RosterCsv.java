package cn.leavedesk.io;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.importing.ImportMonitor;

import java.nio.file.Path;
import java.util.Collection;

/** Reads a roster file (people) saved as CSV; columns in docs/import-format.md. */
public final class RosterCsv {
    private RosterCsv() {
    }

    /**
     * Never throws for a bad file: every problem, the file's own included, is a {@link RowError} in the batch.
     *
     * @param known existing people, against whom supervisors are also checked
     */
    public static ImportBatch read(Path file, Collection<Person> known) {
        return read(file, known, ImportMonitor.none());
    }

    /** As {@link #read(Path, Collection)}, reporting progress and stopping when cancelled. */
    public static ImportBatch read(Path file, Collection<Person> known, ImportMonitor monitor) {
        return RosterImport.read(new CsvRowSource(file), known, monitor);
    }
}
