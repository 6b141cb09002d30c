package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.io.RowError;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import would store, read from the files without writing anything: the people and absences, and every
 * problem with its file, row and column. Only a preview without issues can be stored.
 */
public record ImportPreview(List<FileSummary> files, List<Person> people, List<Absence> absences,
                            List<Issue> issues) {
    /** What one file holds. */
    public enum Content { ROSTER, ABSENCES, UNKNOWN }

    /** One file: what it was read as and how many records it gives. */
    public record FileSummary(Path path, Content content, int people, int absences, int issues) {
        public String fileName() {
            return path.getFileName().toString();
        }
    }

    /** Problems the preview finds itself (the readers' own come as {@link RowError}s). */
    public enum Code { FILE_MISSING, UNKNOWN_TABLE, PERSON_ALREADY_STORED, ABSENCE_ALREADY_STORED, ID_IN_TWO_FILES }

    /**
     * One problem: a reader's row error, or one of the preview's own codes with its arguments; {@code row} 0 means
     * the whole file, {@code column} empty no single column.
     */
    public record Issue(String file, int row, String column, Optional<RowError> rowError, Optional<Code> code,
                        List<String> args) {
        public Issue {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(column, "column");
            args = List.copyOf(args);
        }

        static Issue of(RowError error) {
            return new Issue(error.file(), error.row(), error.column(), Optional.of(error), Optional.empty(), List.of());
        }

        static Issue of(String file, Code code, String... args) {
            return new Issue(file, RowError.WHOLE_FILE, RowError.NO_COLUMN, Optional.empty(), Optional.of(code),
                    List.of(args));
        }
    }

    public ImportPreview {
        files = List.copyOf(files);
        people = List.copyOf(people);
        absences = List.copyOf(absences);
        issues = List.copyOf(issues);
    }

    /** True when there is something to store and nothing wrong. */
    public boolean canStore() {
        return issues.isEmpty() && (!people.isEmpty() || !absences.isEmpty());
    }
}
