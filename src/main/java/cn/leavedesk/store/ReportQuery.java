package cn.leavedesk.store;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Annual figures, read from {@code absence_year_summary} so they cost the same at a million absences as at ten. */
public final class ReportQuery {
    /** Parameters: the year, then the person id twice (NULL for everyone). */
    static final String LINES = """
            SELECT p.id, p.name, p.role, y.kind, y.count, y.days_away, y.trips_abroad
            FROM person p
            LEFT JOIN absence_year_summary y ON y.year = ? AND y.person = p.id
            WHERE ? IS NULL OR p.id = ?
            ORDER BY p.id""";

    private final Database db;

    ReportQuery(Database db) {
        this.db = db;
    }

    /** The report of the {@code report --year} command: everyone on the roster, by id, only ACTIVE absences. */
    public AnnualReport annual(int year) {
        return new AnnualReport(year, lines(year, Optional.empty()));
    }

    /** One person's figures for a year; empty when the person is not on the roster. */
    public Optional<PersonYear> forPerson(String personId, int year) {
        List<PersonYear> lines = lines(year, Optional.of(personId));
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0));
    }

    private List<PersonYear> lines(int year, Optional<String> personId) {
        return db.read(c -> {
            List<PersonYear> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(LINES)) {
                ps.setInt(1, year);
                Sql.setText(ps, 2, personId);
                Sql.setText(ps, 3, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    Line line = null;
                    while (rs.next()) {
                        String id = rs.getString("id");
                        if (line == null || !line.id.equals(id)) {
                            if (line != null) {
                                result.add(line.toRecord());
                            }
                            line = new Line(id, rs.getString("name"), Role.valueOf(rs.getString("role")));
                        }
                        String kind = rs.getString("kind");
                        if (kind != null) {
                            line.counts.merge(Kind.valueOf(kind), rs.getInt("count"), Integer::sum);
                            line.daysAway += rs.getInt("days_away");
                            line.tripsAbroad += rs.getInt("trips_abroad");
                        }
                    }
                    if (line != null) {
                        result.add(line.toRecord());
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    /** Accumulates one person's summary rows. */
    private static final class Line {
        final String id;
        final String name;
        final Role role;
        final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        int daysAway;
        int tripsAbroad;

        Line(String id, String name, Role role) {
            this.id = id;
            this.name = name;
            this.role = role;
        }

        PersonYear toRecord() {
            return new PersonYear(id, name, role, counts, daysAway, tripsAbroad);
        }
    }
}
