package cn.leavedesk.ui.request;

import cn.leavedesk.domain.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The itinerary abroad as a clerk types it: country or region codes separated by semicolons, an airside transit
 * marked {@code :transit}, e.g. {@code DE;AE:transit}.
 */
final class StopsText {
    private static final Pattern SEPARATORS = Pattern.compile("[;；,，]");
    private static final String TRANSIT = ":TRANSIT";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private StopsText() {
    }

    /** The stops, or the first piece that is not a known two-letter code. */
    static Parsed parse(String text) {
        List<Stop> stops = new ArrayList<>();
        for (String piece : SEPARATORS.split(text == null ? "" : text)) {
            String token = piece.strip().toUpperCase(Locale.ROOT);
            if (token.isEmpty()) {
                continue;
            }
            boolean transit = token.endsWith(TRANSIT);
            String code = transit ? token.substring(0, token.length() - TRANSIT.length()).strip() : token;
            if (!COUNTRIES.contains(code)) {
                return new Parsed(List.of(), Optional.of(piece.strip()));
            }
            stops.add(new Stop(code, !transit));
        }
        return new Parsed(stops, Optional.empty());
    }

    record Parsed(List<Stop> stops, Optional<String> badPiece) {
    }
}
