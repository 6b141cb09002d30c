package cn.leavedesk.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the header row of a table that offices keep: often below a merged title row ("2026年市政府领导外出登记表")
 * and a line saying who filled it in. Of the first {@link #ROWS_SEARCHED} non-blank rows, the one naming the most
 * known columns is the header; rows above it are titles and are skipped. When no row names two known columns,
 * the first non-blank row is taken, so that the usual "unknown column" errors explain the file.
 */
final class HeaderSearch {
    static final int ROWS_SEARCHED = 10;
    private static final int FEWEST_KNOWN = 2;

    /** The header and the rows after it. */
    record Found(RawRow header, Iterator<RawRow> data) {
    }

    private HeaderSearch() {
    }

    /** @param known whether a normalised header text names a column (see {@link Header#normalise}) */
    static Optional<Found> find(Iterator<RawRow> rows, Predicate<String> known) {
        List<RawRow> candidates = new ArrayList<>();
        Optional<UnreadableFileException> damage = Optional.empty();
        try {
            while (candidates.size() < ROWS_SEARCHED && rows.hasNext()) {
                RawRow row = rows.next();
                if (!row.isBlank()) {
                    candidates.add(row);
                }
            }
        } catch (UnreadableFileException e) {
            // reported when the walk reaches it, so that it names the row after the last good one
            damage = Optional.of(e);
        }
        if (candidates.isEmpty()) {
            if (damage.isPresent()) {
                throw damage.get();
            }
            return Optional.empty();
        }
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < candidates.size(); i++) {
            int score = score(candidates.get(i), known);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        int chosen = bestScore >= FEWEST_KNOWN ? best : 0;
        List<RawRow> buffered = candidates.subList(chosen + 1, candidates.size());
        return Optional.of(new Found(candidates.get(chosen), concat(buffered.iterator(), rows, damage)));
    }

    private static int score(RawRow row, Predicate<String> known) {
        int score = 0;
        for (Cell cell : row.cells()) {
            String key = Header.normalise(cell.text());
            if (!key.isEmpty() && known.test(key)) {
                score++;
            }
        }
        return score;
    }

    private static Iterator<RawRow> concat(Iterator<RawRow> first, Iterator<RawRow> rest,
                                           Optional<UnreadableFileException> damage) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (first.hasNext()) {
                    return true;
                }
                if (damage.isPresent()) {
                    throw damage.get();
                }
                return rest.hasNext();
            }

            @Override
            public RawRow next() {
                return first.hasNext() ? first.next() : rest.next();
            }
        };
    }
}
