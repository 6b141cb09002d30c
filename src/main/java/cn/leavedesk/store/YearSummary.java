package cn.leavedesk.store;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to {@code absence_year_summary}, collected while an absence write runs and applied in the same
 * transaction. An absence counts once, and as a trip abroad if it is one, in the year of its departure day; its
 * days (both ends included) go to the years they fall in. Only ACTIVE absences are ever added.
 */
final class YearSummary {
    /** What an absence contributes; {@code lastDay} is its effective return day. */
    record Figures(String person, Kind kind, Scope scope, LocalDate depart, LocalDate lastDay) {
        Figures withLastDay(LocalDate value) {
            return new Figures(person, kind, scope, depart, value);
        }
    }

    private record Key(int year, String person, Kind kind) {
    }

    /** The table's primary-key order: year, person, kind name. */
    private static final Comparator<Key> KEY_ORDER = Comparator.comparingInt(Key::year)
            .thenComparing(Key::person).thenComparing(k -> k.kind().name());

    private final Map<Key, long[]> deltas = new LinkedHashMap<>();

    void add(Figures figures) {
        change(figures, 1);
    }

    void subtract(Figures figures) {
        change(figures, -1);
    }

    private void change(Figures f, int sign) {
        for (int year = f.depart().getYear(); year <= f.lastDay().getYear(); year++) {
            LocalDate from = max(f.depart(), LocalDate.of(year, 1, 1));
            LocalDate to = min(f.lastDay(), LocalDate.of(year, 12, 31));
            boolean departureYear = year == f.depart().getYear();
            long[] d = deltas.computeIfAbsent(new Key(year, f.person(), f.kind()), k -> new long[3]);
            d[0] += departureYear ? sign : 0;
            d[1] += sign * (ChronoUnit.DAYS.between(from, to) + 1);
            d[2] += departureYear && f.scope() == Scope.ABROAD ? sign : 0;
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    void applyTo(Connection c) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO absence_year_summary (year, person, kind, count, days_away, trips_abroad)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (year, person, kind) DO UPDATE SET
                    count = count + excluded.count,
                    days_away = days_away + excluded.days_away,
                    trips_abroad = trips_abroad + excluded.trips_abroad""");
             PreparedStatement prune = c.prepareStatement("""
                DELETE FROM absence_year_summary
                WHERE year = ? AND person = ? AND kind = ? AND count = 0 AND days_away = 0 AND trips_abroad = 0""")) {
            // in key order, so a load that touches a hundred thousand rows appends to the table instead of
            // inserting all over it
            List<Map.Entry<Key, long[]>> sorted = new ArrayList<>(deltas.entrySet());
            sorted.sort(Map.Entry.comparingByKey(KEY_ORDER));
            for (Map.Entry<Key, long[]> e : sorted) {
                long[] d = e.getValue();
                if (d[0] == 0 && d[1] == 0 && d[2] == 0) {
                    continue;
                }
                bindKey(upsert, e.getKey());
                upsert.setLong(4, d[0]);
                upsert.setLong(5, d[1]);
                upsert.setLong(6, d[2]);
                upsert.addBatch();
                if (d[0] < 0 || d[1] < 0 || d[2] < 0) {
                    bindKey(prune, e.getKey());
                    prune.addBatch();
                }
            }
            upsert.executeBatch();
            prune.executeBatch();
        }
        deltas.clear();
    }

    private static void bindKey(PreparedStatement ps, Key key) throws SQLException {
        ps.setInt(1, key.year());
        ps.setString(2, key.person());
        ps.setString(3, key.kind().name());
    }
}
