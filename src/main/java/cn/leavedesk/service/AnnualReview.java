package cn.leavedesk.service;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The leaders' review of a year (年度统计): per person the absences by kind, days away, trips abroad and the quota
 * use, with the days away per month for the chart.
 *
 * @param quotaArticle the article that sets the trip quotas, cited; empty when the office's rulebook sets none
 * @param periods      the periods the rulebook's quotas limit, in the order shown (empty without quotas)
 */
public record AnnualReview(int year, String rulebookId, Optional<String> quotaArticle, List<QuotaPeriod> periods,
                           List<Line> people) {
    public AnnualReview {
        Objects.requireNonNull(rulebookId, "rulebookId");
        Objects.requireNonNull(quotaArticle, "quotaArticle");
        periods = List.copyOf(periods);
        people = List.copyOf(people);
    }

    public boolean hasQuotas() {
        return quotaArticle.isPresent();
    }

    /**
     * One person's line.
     *
     * @param absences    active absences departing in the year, per kind
     * @param daysAway    days of active absences that fall inside the year
     * @param tripsAbroad active trips abroad departing in the year, of any kind
     * @param quota       the quota use when the person is in a quota group of the rulebook
     * @param daysByMonth days away per kind in each month of the year (12 figures per kind; kinds without days left
     *                    out)
     */
    public record Line(String id, String name, Role role, Map<Kind, Integer> absences, int daysAway, int tripsAbroad,
                       Optional<QuotaUse> quota, Map<Kind, List<Integer>> daysByMonth) {
        public Line {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            name = name == null ? "" : name;
            absences = Collections.unmodifiableMap(new EnumMap<>(absences.isEmpty()
                    ? new EnumMap<Kind, Integer>(Kind.class) : absences));
            Objects.requireNonNull(quota, "quota");
            EnumMap<Kind, List<Integer>> months = new EnumMap<>(Kind.class);
            daysByMonth.forEach((kind, days) -> months.put(kind, List.copyOf(days)));
            daysByMonth = Collections.unmodifiableMap(months);
        }

        public int count(Kind kind) {
            return absences.getOrDefault(kind, 0);
        }

        public String displayName() {
            return name.isBlank() ? id : name;
        }

        /** Days away of the kind in the month (1–12). */
        public int days(Kind kind, int month) {
            List<Integer> days = daysByMonth.get(kind);
            return days == null ? 0 : days.get(month - 1);
        }
    }

    /** A cell of the review a clerk can open to see the absences behind its figure. */
    public sealed interface Cell {
        /** The absences of one kind departing in the year. */
        record OfKind(Kind kind) implements Cell {
        }

        /** The absences with days inside the year. */
        record DaysAway() implements Cell {
        }

        /** The trips abroad departing in the year. */
        record TripsAbroad() implements Cell {
        }

        /** The trips one quota figure counts. */
        record Quota(QuotaPeriod period) implements Cell {
        }
    }
}
