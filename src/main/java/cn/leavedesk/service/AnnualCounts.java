package cn.leavedesk.service;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.QuotaPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 年度统计 screen's table as rows of cells, for the export and the printed summary: the review the screen shows
 * ({@link AnnualReview}), its columns and headers, roles named from the one vocabulary, quota cells worded as on
 * screen (trips left under each period's limit), and the screen's order — by role, the mayor first, people of one
 * role in the review's order.
 */
public final class AnnualCounts {
    private final AnnualReview review;
    private final List<AnnualReview.Line> lines;

    private AnnualCounts(AnnualReview review) {
        this.review = review;
        List<AnnualReview.Line> sorted = new ArrayList<>(review.people());
        // List.sort is stable: people of one role keep the review's order, as the screen's sort on its role column
        sorted.sort(Comparator.comparing(AnnualReview.Line::role));
        this.lines = List.copyOf(sorted);
    }

    public static AnnualCounts of(AnnualReview review) {
        return new AnnualCounts(review);
    }

    public AnnualReview review() {
        return review;
    }

    public List<AnnualReview.Line> lines() {
        return lines;
    }

    /** The screen's column headers, left to right; one quota column per period, or one saying there is no quota. */
    public List<String> headers(DisplayText text) {
        List<String> headers = new ArrayList<>(List.of(text.tr("counts.column.name"), text.tr("counts.column.role")));
        for (Kind kind : Kind.values()) {
            headers.add(text.kind(kind));
        }
        headers.add(text.tr("counts.column.daysAway"));
        headers.add(text.tr("counts.column.tripsAbroad"));
        if (review.hasQuotas()) {
            // the screen's group heading cites the article over the period columns; a flat file names the period
            for (QuotaPeriod period : review.periods()) {
                headers.add(text.tr("counts.column.quotaLeft", text.periodName(period)));
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
                cells.add(text.quotaCell(line.quota(), period).text());
            }
        } else {
            cells.add(text.tr("counts.quota.notSet"));
        }
        return cells;
    }
}
