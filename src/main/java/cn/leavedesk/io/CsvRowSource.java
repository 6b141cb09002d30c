package cn.leavedesk.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Streams the records of a CSV file in whatever encoding the office saved it. */
final class CsvRowSource implements RowSource {
    /**
     * Blank lines are kept so that record numbers stay equal to the row numbers Excel shows; a quoted cell
     * spanning several lines is still one row, as in Excel.
     */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .get();

    /** Far beyond any office's register (50,000 rows are about 10 MB), and a bound on what a file can cost. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private final Path file;
    private Optional<CSVParser> parser = Optional.empty();
    private Optional<TextEncoding> encoding = Optional.empty();

    CsvRowSource(Path file) {
        this.file = file;
    }

    @Override
    public String fileName() {
        return file.getFileName().toString();
    }

    /** The encoding detected, once rows have been opened. */
    Optional<TextEncoding> encoding() {
        return encoding;
    }

    @Override
    public Iterator<RawRow> rows() throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new UnreadableFileException(RowProblem.FILE_TOO_LARGE, null, MAX_BYTES / (1024 * 1024));
        }
        DecodedReader decoded = TextDecoding.open(file);
        encoding = Optional.of(decoded.encoding());
        CSVParser opened = CSVParser.builder().setReader(new BoundedLines(decoded.reader())).setFormat(FORMAT).get();
        parser = Optional.of(opened);
        Iterator<CSVRecord> records = opened.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Optional<BoundedLines.LineTooLong> tooLong = tooLong(e);
                    if (tooLong.isPresent()) {
                        throw new UnreadableFileException(RowProblem.CSV_LINE_TOO_LONG,
                                Optional.of(tooLong.get().line()), RowError.NO_COLUMN, e, BoundedLines.MAX_LINE);
                    }
                    throw new UnreadableFileException(RowProblem.CSV_QUOTES, e);
                }
            }

            @Override
            public RawRow next() {
                CSVRecord record = records.next();
                List<Cell> cells = new ArrayList<>(record.size());
                // the register export guards formula-like text with an apostrophe; the import takes it off
                record.forEach(value -> cells.add(Cell.text(FormulaGuard.restore(value))));
                return new RawRow(Math.toIntExact(record.getRecordNumber()), cells);
            }
        };
    }

    private static Optional<BoundedLines.LineTooLong> tooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedLines.LineTooLong found) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        if (parser.isPresent()) {
            parser.get().close();
        }
    }
}
