package cn.leavedesk.io;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Streams the rows of the first worksheet of an .xlsx file. */
final class XlsxRowSource implements RowSource {
    private final Path file;
    private Optional<ReadableWorkbook> workbook = Optional.empty();
    private Optional<Stream<Row>> stream = Optional.empty();

    XlsxRowSource(Path file) {
        this.file = file;
    }

    @Override
    public String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public Iterator<RawRow> rows() throws IOException {
        checkIsXlsx();
        XlsxGuard.check(file);
        try {
            ReadableWorkbook opened = new ReadableWorkbook(file.toFile());
            workbook = Optional.of(opened);
            Stream<Row> rows = opened.getFirstSheet().openStream();
            stream = Optional.of(rows);
            Iterator<Row> iterator = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return iterator.hasNext();
                    } catch (UnreadableFileException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // whatever the reader trips over in a damaged sheet is the file's fault, not ours
                        throw new UnreadableFileException(RowProblem.XLSX_DAMAGED, e);
                    }
                }

                @Override
                public RawRow next() {
                    try {
                        return toRawRow(iterator.next());
                    } catch (UnreadableFileException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        throw new UnreadableFileException(RowProblem.XLSX_DAMAGED, e);
                    }
                }
            };
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(RowProblem.XLSX_INVALID, e);
        }
    }

    private void checkIsXlsx() throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length < 8) {
            throw new UnreadableFileException(RowProblem.XLSX_INVALID, null);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new UnreadableFileException(RowProblem.XLS_OLD, null);
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new UnreadableFileException(RowProblem.XLSX_INVALID, null);
        }
    }

    private static RawRow toRawRow(Row row) {
        List<Cell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(XlsxRowSource::toCell).orElse(Cell.BLANK));
        }
        return new RawRow(row.getRowNum(), cells);
    }

    private static Cell toCell(org.dhatim.fastexcel.reader.Cell cell) {
        switch (cell.getType()) {
            case NUMBER:
                return Cell.number(cell.asNumber());
            case EMPTY:
                return Cell.BLANK;
            default:
                return Cell.text(Optional.ofNullable(cell.getText()).orElse(""));
        }
    }

    @Override
    public void close() throws IOException {
        stream.ifPresent(Stream::close);
        if (workbook.isPresent()) {
            workbook.get().close();
        }
    }
}
