package cn.leavedesk.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where each known column sits in a file, and how the file spells its header. */
final class Header<C extends Enum<C> & ImportColumn> {
    /** Columns offices habitually add and that carry nothing to import. */
    private static final Set<String> IGNORED = Set.copyOf(ImportWords.of("ignoredColumns"));

    private final Map<C, Integer> index;
    private final Map<C, String> spelling;
    private final RawRow row;

    private Header(Map<C, Integer> index, Map<C, String> spelling, RawRow row) {
        this.index = index;
        this.spelling = spelling;
        this.row = row;
    }

    /**
     * Matches the header row against the columns; every problem is added to {@code errors}, and the header is
     * returned only when there were none.
     */
    static <C extends Enum<C> & ImportColumn> Optional<Header<C>> resolve(
            String file, RawRow row, Class<C> type, List<RowError> errors) {
        Map<String, C> byName = names(type);
        Map<C, Integer> index = new EnumMap<>(type);
        Map<C, String> spelling = new EnumMap<>(type);
        int before = errors.size();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i).text();
            Optional<Integer> control = ControlCharacters.firstIn(text);
            if (control.isPresent()) {
                errors.add(new RowError(file, row.number(), columnLetter(i), RowProblem.CONTROL_CHARACTER,
                        ControlCharacters.name(control.get())));
                continue;
            }
            String key = normalise(text);
            if (key.isEmpty() || IGNORED.contains(key)) {
                continue;
            }
            C column = byName.get(key);
            if (column == null) {
                errors.add(new RowError(file, row.number(), text, RowProblem.UNKNOWN_COLUMN, text, allNames(type)));
            } else if (index.containsKey(column)) {
                errors.add(new RowError(file, row.number(), text, RowProblem.DUPLICATE_COLUMN, text,
                        spelling.get(column), column.displayName()));
            } else {
                index.put(column, i);
                spelling.put(column, text);
            }
        }
        List<String> missing = new ArrayList<>();
        for (C column : type.getEnumConstants()) {
            if (column.requiredInHeader() && !index.containsKey(column)) {
                missing.add(column.displayName());
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new RowError(file, row.number(), RowError.NO_COLUMN, RowProblem.MISSING_COLUMNS,
                    String.join("、", missing)));
        }
        return errors.size() == before ? Optional.of(new Header<>(index, spelling, row)) : Optional.empty();
    }

    /** Every spelling of every column, normalised. */
    static <C extends Enum<C> & ImportColumn> Map<String, C> names(Class<C> type) {
        Map<String, C> byName = new HashMap<>();
        for (C column : type.getEnumConstants()) {
            byName.put(normalise(column.code()), column);
            column.chineseNames().forEach(name -> byName.put(normalise(name), column));
        }
        return byName;
    }

    /** Whether a normalised header text names a column of this table or one of the ignored ones. */
    static <C extends Enum<C> & ImportColumn> boolean isKnown(String normalised, Class<C> type) {
        return IGNORED.contains(normalised) || names(type).containsKey(normalised);
    }

    /** The header's own row number, as Excel shows it. */
    int rowNumber() {
        return row.number();
    }

    boolean has(C column) {
        return index.containsKey(column);
    }

    Cell cell(RawRow row, C column) {
        Integer position = index.get(column);
        return position == null ? Cell.BLANK : row.cell(position);
    }

    /** Whether the header row names the column at this position (an ignored 序号 counts as named). */
    boolean headed(int position) {
        return !row.cell(position).isBlank();
    }

    /** The header above a cell as the file spells it, or the column's letter when it has none. */
    String labelAt(int position) {
        String text = row.cell(position).text();
        return text.isEmpty() ? columnLetter(position) : text;
    }

    /** {@code A}, {@code B}, … {@code AA}: how Excel names the column at a 0-based position. */
    static String columnLetter(int position) {
        StringBuilder letters = new StringBuilder();
        for (int n = position + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The column's header as the file spells it, or its Chinese name when the file lacks it. */
    String label(C column) {
        return spelling.getOrDefault(column, column.chineseNames().get(0));
    }

    private static String allNames(Class<? extends ImportColumn> type) {
        return List.of(type.getEnumConstants()).stream()
                .map(ImportColumn::displayName)
                .collect(Collectors.joining("、"));
    }

    static String normalise(String name) {
        return name.replace("\uFEFF", "")
                .replaceAll("[\\s_\\-*＊]", "")
                .toLowerCase(Locale.ROOT);
    }
}
