package cn.leavedesk.domain;

import java.util.Optional;

/**
 * The figures for a trip abroad. Trip counts include the request itself; {@code tripsThisTerm} is empty
 * when the person has no term on record.
 */
public record AbroadSummary(int countedCountries, int daysAbroad, Optional<Integer> maxDays,
                            int tripsThisYear, Optional<Integer> tripsThisTerm, int tripsInTwoYears) {
}
