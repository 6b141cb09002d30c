package cn.leavedesk.io;

import cn.leavedesk.domain.importing.ImportCancelledException;
import cn.leavedesk.domain.importing.ImportMonitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The walk over a file that roster and absence imports share: header, then each non-blank data row. */
final class TableImport {
    interface RowHandler<C extends Enum<C> & ImportColumn> {
        void row(RowContext<C> row);
    }

    private TableImport() {
    }

    static <C extends Enum<C> & ImportColumn> void walk(RowSource source, Class<C> columns, List<RowError> errors,
                                                        RowHandler<C> handler, ImportMonitor monitor) {
        String file = source.fileName();
        int lastRow = RowError.WHOLE_FILE;
        try (source) {
            Optional<HeaderSearch.Found> found = HeaderSearch.find(source.rows(),
                    name -> Header.isKnown(name, columns));
            if (found.isEmpty()) {
                errors.add(RowError.ofFile(file, RowProblem.FILE_EMPTY));
                return;
            }
            Optional<RawRow> headerRow = Optional.of(found.get().header());
            Iterator<RawRow> rows = found.get().data();
            Optional<Header<C>> header = Header.resolve(file, headerRow.get(), columns, errors);
            if (header.isEmpty()) {
                return;
            }
            lastRow = headerRow.get().number();
            boolean anyData = false;
            int read = 0;
            while (rows.hasNext()) {
                RawRow row = rows.next();
                lastRow = row.number();
                if (++read % ImportMonitor.EVERY == 0) {
                    monitor.rowsRead(file, read);
                    if (monitor.cancelled()) {
                        throw new ImportCancelledException(file);
                    }
                }
                if (!row.isBlank()) {
                    anyData = true;
                    RowContext<C> context = new RowContext<>(file, row, header.get(), errors);
                    context.checkCells();
                    handler.row(context);
                }
            }
            monitor.rowsRead(file, read);
            if (!anyData) {
                errors.add(RowError.ofFile(file, RowProblem.HEADER_ONLY));
            }
        } catch (UnreadableFileException e) {
            // the problem lies somewhere after the last row that was read, if any was
            int row = lastRow == RowError.WHOLE_FILE ? RowError.WHOLE_FILE : lastRow + 1;
            errors.add(e.toError(file, row));
        } catch (IOException | UncheckedIOException e) {
            errors.add(RowError.ofFile(file, RowProblem.FILE_UNREADABLE, reasonOf(e)));
        }
    }

    private static String reasonOf(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return Optional.ofNullable(cause.getMessage()).orElse(cause.getClass().getSimpleName());
    }

    /** Remembers the row where each id first appeared, to report duplicates inside one file. */
    static final class IdRegister {
        private final Map<String, Integer> firstRow = new HashMap<>();

        /** @return the earlier row with the same id, if any */
        Optional<Integer> claim(String id, int row) {
            return Optional.ofNullable(firstRow.putIfAbsent(id, row));
        }
    }
}
