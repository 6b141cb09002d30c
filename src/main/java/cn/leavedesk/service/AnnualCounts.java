package cn.leavedesk.service;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.store.PersonYear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual counts as the 年度统计 screen shows them, for the export and the printed summary: the same columns
 * with the same headers, roles named with the screen's labels, and the screen's order — by role, the mayor first,
 * people of one role in the report's order (by id), which is what the screen's stable sort on its role column
 * leaves.
 */
public final class AnnualCounts {
    /** One person's line with their overseas quota use when they are in a quota group. */
    public record Line(PersonYear person, Optional<QuotaUse> quota) {
        public Line {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(quota, "quota");
        }
    }

    private final int year;
    private final List<Line> lines;

    private AnnualCounts(int year, List<Line> lines) {
        this.year = year;
        this.lines = List.copyOf(lines);
    }

    /** The report's people, put in the screen's order. */
    public static AnnualCounts of(AnnualReport report, Map<String, QuotaUse> quotas) {
        List<Line> lines = new ArrayList<>();
        for (PersonYear person : report.people()) {
            lines.add(new Line(person, Optional.ofNullable(quotas.get(person.id()))));
        }
        // List.sort is stable: people of one role keep the report's order, as in the screen's table
        lines.sort(Comparator.comparing(line -> line.person().role()));
        return new AnnualCounts(report.year(), lines);
    }

    public int year() {
        return year;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The screen's column headers, left to right. */
    public static List<String> headers(DisplayText text) {
        List<String> headers = new ArrayList<>(List.of(text.tr("counts.column.name"), text.tr("counts.column.role")));
        for (Kind kind : Kind.values()) {
            headers.add(text.kind(kind));
        }
        headers.add(text.tr("counts.column.daysAway"));
        headers.add(text.tr("counts.column.tripsAbroad"));
        headers.add(text.tr("counts.column.quota"));
        return List.copyOf(headers);
    }

    /** A line's cells under {@link #headers}: counts as numbers, an empty quota cell for people without a quota. */
    public static List<Object> cells(Line line, DisplayText text) {
        PersonYear person = line.person();
        List<Object> cells = new ArrayList<>(List.of(person.name(), text.role(person.role())));
        for (Kind kind : Kind.values()) {
            cells.add(person.absences().getOrDefault(kind, 0));
        }
        cells.add(person.daysAway());
        cells.add(person.tripsAbroad());
        cells.add(line.quota().map(text::quota).orElse(""));
        return cells;
    }
}
