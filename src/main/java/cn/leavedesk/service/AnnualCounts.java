package cn.leavedesk.service;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.QuotaPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The leaders' review as the 年度统计 screen shows it, for the export and the printed summary. It has the screen's
 * columns with its headers: name, role, one column per kind, days away, trips abroad, then one column per period
 * the rulebook's quotas limit, or the single "not set" column. Roles use the screen's labels. The order is the
 * screen's: by role, mayor first. People of one role keep the review's order (by id), as the screen's stable sort
 * on its role column leaves them.
 */
public final class AnnualCounts {
    private final AnnualReview review;
    private final List<AnnualReview.Line> lines;

    private AnnualCounts(AnnualReview review, List<AnnualReview.Line> lines) {
        this.review = review;
        this.lines = List.copyOf(lines);
    }

    /** The review's people, put in the screen's order. */
    public static AnnualCounts of(AnnualReview review) {
        Objects.requireNonNull(review, "review");
        List<AnnualReview.Line> lines = new ArrayList<>(review.people());
        // List.sort is stable: people of one role keep the review's order, as in the screen's table
        lines.sort(Comparator.comparing(AnnualReview.Line::role));
        return new AnnualCounts(review, lines);
    }

    public AnnualReview review() {
        return review;
    }

    public List<AnnualReview.Line> lines() {
        return lines;
    }

    /**
     * The screen's column headers, left to right. A period column reads "因公出国（境）剩余次数 · 本年" here, where the
     * screen puts the period under a group header citing the article. A flat table has no group header.
     */
    public List<String> headers(DisplayText text) {
        List<String> headers = new ArrayList<>(List.of(text.tr("counts.column.name"), text.tr("counts.column.role")));
        for (Kind kind : Kind.values()) {
            headers.add(text.kind(kind));
        }
        headers.add(text.tr("counts.column.daysAway"));
        headers.add(text.tr("counts.column.tripsAbroad"));
        if (review.hasQuotas()) {
            for (QuotaPeriod period : review.periods()) {
                headers.add(text.tr("counts.column.quotaLeft", text.period(period)));
            }
        } else {
            headers.add(text.tr("counts.column.quota"));
        }
        return List.copyOf(headers);
    }

    /** A line's cells under {@link #headers}: counts as numbers, quota cells as the screen words them. */
    public List<Object> cells(AnnualReview.Line line, DisplayText text) {
        List<Object> cells = new ArrayList<>(List.of(line.displayName(), text.role(line.role())));
        for (Kind kind : Kind.values()) {
            cells.add(line.count(kind));
        }
        cells.add(line.daysAway());
        cells.add(line.tripsAbroad());
        if (review.hasQuotas()) {
            for (QuotaPeriod period : review.periods()) {
                cells.add(text.quotaCell(line.quota(), period));
            }
        } else {
            cells.add(text.tr("counts.quota.notSet"));
        }
        return cells;
    }
}
