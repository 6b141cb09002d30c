package cn.leavedesk.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One country or region on an itinerary abroad.
 *
 * @param country ISO 3166 alpha-2 code; HK, MO and TW count as regions
 * @param leavesAirport false for an airside transit, which does not count toward the country limit
 */
public record Stop(String country, boolean leavesAirport) {
    public Stop {
        Objects.requireNonNull(country, "country");
        country = country.trim().toUpperCase(Locale.ROOT);
    }
}
