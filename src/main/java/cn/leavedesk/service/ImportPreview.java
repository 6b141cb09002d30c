package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.importing.MissingFact;
import cn.leavedesk.domain.importing.ParsedRow;
import cn.leavedesk.io.RowError;
import java.util.List;
import java.util.Locale;

/**
 * What an import would store, read without writing anything: the people and absences understood, each with its
 * file and row, every problem with its file, row and column, and the required facts the files leave out (which the
 * caller may supply through {@link cn.leavedesk.domain.importing.SuppliedFacts} and preview again).
 *
 * @param errors       every reason the import would be refused, including rows already in the database; the
 *                     missing facts are among them (as {@code MISSING_FACT_COLUMN} or {@code REQUIRED} errors)
 *                     until supplied
 * @param missingFacts what to ask the clerk for: per file, the fact, whether the column is absent or only some
 *                     cells are blank, and the rows concerned
 */
public record ImportPreview(List<ParsedRow<Person>> people, List<ParsedRow<Absence>> absences,
                           List<RowError> errors, List<MissingFact> missingFacts) {
    public ImportPreview {
        people = List.copyOf(people);
        absences = List.copyOf(absences);
        errors = List.copyOf(errors);
        missingFacts = List.copyOf(missingFacts);
    }

    /** Whether {@link ImportService#importFiles} with the same files and facts would store everything. */
    public boolean importable() {
        return errors.isEmpty();
    }

    /** The errors as a screen lists them, worded in the clerk's language. */
    public List<ImportIssue> issues(Locale locale) {
        return errors.stream().map(e -> ImportIssue.of(e, locale)).toList();
    }
}
