package cn.leavedesk.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the two import tables a CSV or XLSX file holds, told from its header row, so that a clerk can pass a
 * roster and an absences file to one {@code import} without saying which is which.
 */
public enum TableKind {
    ROSTER,
    ABSENCES,
    /** The header names columns of neither table only, or of both; the caller must be told which it is. */
    UNKNOWN,
    /** The file cannot be read as a table at all; reading it as either kind reports why. */
    UNREADABLE;

    /** Columns only an absences file has; {@code 编号}, {@code 姓名} and the like occur in both. */
    private static final Set<AbsenceColumn> ABSENCE_MARKS = Set.of(AbsenceColumn.KIND, AbsenceColumn.SCOPE,
            AbsenceColumn.STATUS, AbsenceColumn.FILED, AbsenceColumn.DEPART, AbsenceColumn.RETURN,
            AbsenceColumn.DESTINATION, AbsenceColumn.REASON, AbsenceColumn.STOPS, AbsenceColumn.MEETING_TYPE);
    /** Columns only a roster has; {@code 职务} alone also occurs in the registers offices keep. */
    private static final Set<RosterColumn> ROSTER_MARKS = Set.of(RosterColumn.PORTFOLIOS,
            RosterColumn.SUPERVISOR, RosterColumn.TERM_START, RosterColumn.TERM_END);

    /**
     * Looks at the header row (found below any title rows) of a {@code .csv} file, or of any other file as an
     * {@code .xlsx}.
     */
    public static TableKind of(Path file) {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        try (RowSource source = csv ? new CsvRowSource(file) : new XlsxRowSource(file)) {
            return HeaderSearch.find(source.rows(),
                            name -> Header.isKnown(name, AbsenceColumn.class) || Header.isKnown(name, RosterColumn.class))
                    .map(found -> fromHeader(found.header()))
                    .orElse(UNREADABLE);
        } catch (IOException | UncheckedIOException | UnreadableFileException e) {
            return UNREADABLE;
        }
    }

    private static TableKind fromHeader(RawRow header) {
        Set<String> names = new HashSet<>();
        header.cells().forEach(cell -> names.add(Header.normalise(cell.text())));
        boolean absences = ABSENCE_MARKS.stream().anyMatch(column -> named(names, column));
        boolean roster = ROSTER_MARKS.stream().anyMatch(column -> named(names, column))
                || (!absences && named(names, RosterColumn.ROLE));
        if (absences == roster) {
            return UNKNOWN;
        }
        return absences ? ABSENCES : ROSTER;
    }

    private static boolean named(Set<String> names, ImportColumn column) {
        return names.contains(Header.normalise(column.code()))
                || column.chineseNames().stream().anyMatch(name -> names.contains(Header.normalise(name)));
    }
}
