package cn.leavedesk.service;

import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.rules.Quota;
import cn.leavedesk.rules.check.QuotaCount;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A leader's counted trips abroad against their quota group, as of a day (counted by {@link QuotaCount}).
 *
 * @param thisYear   trips departing in the year of {@code asOf}
 * @param thisTerm   trips departing in the person's term; empty when no term is on record
 * @param inTwoYears trips departing in the two years up to {@code asOf}
 */
public record QuotaUse(Quota quota, LocalDate asOf, int thisYear, Optional<Integer> thisTerm, int inTwoYears) {
    public QuotaUse {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(thisTerm, "thisTerm");
    }

    public QuotaUse(Quota quota, LocalDate asOf, QuotaCount.Figures figures) {
        this(quota, asOf, figures.thisYear(), figures.thisTerm(), figures.inTwoYears());
    }

    /** A group the rulebook counts but never caps (e.g. "根据工作需要安排"). */
    public boolean isUncapped() {
        return quota.perYear().isEmpty() && quota.perTerm().isEmpty() && quota.perTwoYears().isEmpty();
    }

    /** The limit the group has over the period; empty when it has none. */
    public Optional<Integer> limit(QuotaPeriod period) {
        return switch (period) {
            case YEAR -> quota.perYear();
            case TERM -> quota.perTerm();
            case TWO_YEARS -> quota.perTwoYears();
        };
    }

    /** Trips counted over the period; empty for a term when none is on record. */
    public Optional<Integer> used(QuotaPeriod period) {
        return switch (period) {
            case YEAR -> Optional.of(thisYear);
            case TERM -> thisTerm;
            case TWO_YEARS -> Optional.of(inTwoYears);
        };
    }

    /** Trips left under the period's limit, never below zero; empty without a limit or without a count. */
    public Optional<Integer> remaining(QuotaPeriod period) {
        return limit(period).flatMap(max -> used(period).map(n -> Math.max(0, max - n)));
    }

    /** True when the period's limit is reached or passed, so the next trip would break it. */
    public boolean isAtOrOverLimit(QuotaPeriod period) {
        return limit(period).flatMap(max -> used(period).map(n -> n >= max)).orElse(false);
    }

    /** True when the period's limit is passed. */
    public boolean isOverLimit(QuotaPeriod period) {
        return limit(period).flatMap(max -> used(period).map(n -> n > max)).orElse(false);
    }

    /**
     * True when the figures break the quota as the rulebook reads it: with EITHER, only when both the term and the
     * two-year limits are exceeded; with BOTH, when either is.
     */
    public boolean isExceeded() {
        boolean term = isOverLimit(QuotaPeriod.TERM);
        boolean two = isOverLimit(QuotaPeriod.TWO_YEARS);
        boolean pair = quota.perTerm().isPresent() && quota.perTwoYears().isPresent();
        boolean periods = pair && quota.combine() == Quota.Combine.EITHER ? term && two : term || two;
        return isOverLimit(QuotaPeriod.YEAR) || periods;
    }

    /** True when at least one limit is exceeded; under an EITHER reading that alone is a warning. */
    public boolean isAnyLimitExceeded() {
        return isOverLimit(QuotaPeriod.YEAR) || isOverLimit(QuotaPeriod.TERM) || isOverLimit(QuotaPeriod.TWO_YEARS);
    }
}
