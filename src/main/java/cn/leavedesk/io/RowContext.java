package cn.leavedesk.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the cells of one data row, noting every problem instead of stopping at the first. */
final class RowContext<C extends Enum<C> & ImportColumn> {
    private final String file;
    private final RawRow row;
    private final Header<C> header;
    private final List<RowError> errors;
    private final int errorsBefore;

    RowContext(String file, RawRow row, Header<C> header, List<RowError> errors) {
        this.file = file;
        this.row = row;
        this.header = header;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    /**
     * Refuses NUL and other control characters in any cell of the row, and data in a column without a header
     * (which would otherwise be dropped without a word), naming the cell's column.
     */
    void checkCells() {
        for (int i = 0; i < row.cells().size(); i++) {
            int position = i;
            Cell cell = row.cell(i);
            ControlCharacters.firstIn(cell.text()).ifPresent(c -> errors.add(new RowError(file, row.number(),
                    header.labelAt(position), RowProblem.CONTROL_CHARACTER, ControlCharacters.name(c))));
            if (!cell.isBlank() && !header.headed(position)) {
                errors.add(new RowError(file, row.number(), header.labelAt(position),
                        RowProblem.DATA_WITHOUT_HEADER));
            }
        }
    }

    int headerRowNumber() {
        return header.rowNumber();
    }

    boolean hasColumn(C column) {
        return header.has(column);
    }

    /** An error about the row as a whole, not one of its cells. */
    void rowError(RowProblem problem, Object... args) {
        errors.add(new RowError(file, row.number(), RowError.NO_COLUMN, problem, args));
    }

    int number() {
        return row.number();
    }

    /** The cell's text, or empty when blank. */
    Optional<String> text(C column) {
        String text = header.cell(row, column).text();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<String> required(C column) {
        Optional<String> text = text(column);
        if (text.isEmpty()) {
            error(column, RowProblem.REQUIRED, header.label(column));
        }
        return text;
    }

    Optional<LocalDate> date(C column) {
        Cell cell = header.cell(row, column);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateText.parse(cell));
        } catch (ProblemException e) {
            errors.add(new RowError(file, row.number(), header.label(column), e.problem(), e.args()));
            return Optional.empty();
        }
    }

    Optional<LocalDate> requiredDate(C column) {
        if (header.cell(row, column).isBlank()) {
            error(column, RowProblem.REQUIRED, header.label(column));
            return Optional.empty();
        }
        return date(column);
    }

    <E extends Enum<E>> Optional<E> choice(C column, Vocabulary<E> vocabulary) {
        Optional<String> text = text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = vocabulary.find(text.get());
        if (value.isEmpty()) {
            error(column, RowProblem.UNKNOWN_VALUE, header.label(column), text.get(), vocabulary.labels(),
                    vocabulary.codes());
        }
        return value;
    }

    <E extends Enum<E>> Optional<E> requiredChoice(C column, Vocabulary<E> vocabulary) {
        return required(column).isPresent() ? choice(column, vocabulary) : Optional.empty();
    }

    /** The column's header as this file spells it. */
    String label(C column) {
        return header.label(column);
    }

    void error(C column, RowProblem problem, Object... args) {
        errors.add(new RowError(file, row.number(), header.label(column), problem, args));
    }

    void error(C column, ProblemException e) {
        errors.add(new RowError(file, row.number(), header.label(column), e.problem(), e.args()));
    }

    /** Whether this row has produced no error so far. */
    boolean clean() {
        return errors.size() == errorsBefore;
    }
}
