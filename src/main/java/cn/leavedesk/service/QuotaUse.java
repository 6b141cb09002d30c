package cn.leavedesk.service;

import cn.leavedesk.rules.Quota;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A leader's counted trips abroad against their quota group, as of a day.
 *
 * @param thisYear   trips departing in the year of {@code asOf}
 * @param thisTerm   trips departing in the current term up to {@code asOf}; empty when no term is on record
 * @param inTwoYears trips departing in the two years up to {@code asOf}
 */
public record QuotaUse(Quota quota, LocalDate asOf, int thisYear, Optional<Integer> thisTerm, int inTwoYears) {
    public QuotaUse {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(thisTerm, "thisTerm");
    }

    /** A group the rulebook counts but never caps (e.g. "根据工作需要安排"). */
    public boolean isUncapped() {
        return quota.perYear().isEmpty() && quota.perTerm().isEmpty() && quota.perTwoYears().isEmpty();
    }

    /**
     * True when the figures break the quota as the rulebook reads it: with EITHER, only when both the term and the
     * two-year limits are exceeded; with BOTH, when either is.
     */
    public boolean isExceeded() {
        boolean year = quota.perYear().filter(max -> thisYear > max).isPresent();
        boolean term = quota.perTerm().isPresent() && thisTerm.filter(n -> n > quota.perTerm().get()).isPresent();
        boolean two = quota.perTwoYears().filter(max -> inTwoYears > max).isPresent();
        boolean pair = quota.perTerm().isPresent() && quota.perTwoYears().isPresent();
        boolean periods = pair && quota.combine() == Quota.Combine.EITHER ? term && two : term || two;
        return year || periods;
    }

    /** True when at least one limit is exceeded; under an EITHER reading that alone is a warning. */
    public boolean isAnyLimitExceeded() {
        return quota.perYear().filter(max -> thisYear > max).isPresent()
                || quota.perTerm().isPresent() && thisTerm.filter(n -> n > quota.perTerm().get()).isPresent()
                || quota.perTwoYears().filter(max -> inTwoYears > max).isPresent();
    }
}
