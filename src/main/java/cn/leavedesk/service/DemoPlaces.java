package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the demo's destinations lie ({@code resources/demo/places.json}), so that a demo trip's scope follows from
 * its destination for the office's city: for a Wuhan office 北京 is 省外 and the provincial government, which sits in
 * Wuhan, is 市内; for Shaoxing the provincial government is 省内. Data, not code: an office that adds its own city
 * edits the file.
 */
public final class DemoPlaces {
    static final String RESOURCE = DemoDataService.FOLDER + "places.json";
    private static final String OWN_CITY = "OWN_CITY";
    private static final String PROVINCIAL_CAPITAL = "PROVINCIAL_CAPITAL";
    private static final String ABROAD = "ABROAD";
    /** A destination naming several places (德国、法国). */
    private static final Pattern SEPARATOR = Pattern.compile("[\\u3001,\\uFF0C;\\uFF1B/]");

    /** The office's city as the table knows it. */
    record City(String province, boolean capital) {
    }

    private final Map<String, City> cities;
    private final Map<String, String> destinations;

    private DemoPlaces(Map<String, City> cities, Map<String, String> destinations) {
        this.cities = Map.copyOf(cities);
        this.destinations = Map.copyOf(destinations);
    }

    public static DemoPlaces shipped() {
        try (InputStream in = DemoPlaces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, City> cities = new HashMap<>();
            root.get("cities").fields().forEachRemaining(e -> cities.put(e.getKey(),
                    new City(e.getValue().get("province").asText(), e.getValue().get("capital").asBoolean())));
            Map<String, String> destinations = new HashMap<>();
            root.get("destinations").fields().forEachRemaining(e -> destinations.put(e.getKey(), e.getValue().asText()));
            return new DemoPlaces(cities, destinations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The scope of a trip to {@code destination} for an office following {@code rulebookId}; empty when the city or
     * a part of the destination is not in the table (the demo file's own scope stands then).
     */
    public Optional<Scope> scope(String rulebookId, String destination) {
        City city = cities.get(rulebookId);
        if (city == null || destination.isBlank()) {
            return Optional.empty();
        }
        Scope widest = null;
        for (String part : SEPARATOR.split(destination)) {
            String place = destinations.get(part.strip());
            if (place == null) {
                return Optional.empty();
            }
            Scope scope = switch (place) {
                case ABROAD -> Scope.ABROAD;
                case OWN_CITY -> Scope.WITHIN_CITY;
                case PROVINCIAL_CAPITAL -> city.capital() ? Scope.WITHIN_CITY : Scope.WITHIN_PROVINCE;
                default -> place.equals(city.province()) ? Scope.WITHIN_PROVINCE : Scope.OUTSIDE_PROVINCE;
            };
            // Scope's constants go from near to far; a trip to several places is as far as its farthest.
            widest = widest == null || scope.ordinal() > widest.ordinal() ? scope : widest;
        }
        return Optional.ofNullable(widest);
    }

    /** The absences with each scope derived from its destination where the table knows it. */
    List<Absence> placed(String rulebookId, List<Absence> absences) {
        List<Absence> result = new ArrayList<>(absences.size());
        for (Absence a : absences) {
            Optional<Scope> scope = a.destination().flatMap(d -> scope(rulebookId, d));
            result.add(scope.filter(s -> s != a.scope()).map(s -> new Absence(a.id(), a.personId(), a.kind(), s,
                    a.status(), a.filed(), a.depart(), a.returnDate(), a.destination(), a.reason(), a.contact(),
                    a.actingPerson(), a.attachments(), a.stops(), a.meeting())).orElse(a));
        }
        return result;
    }

    boolean knows(String destinationPart) {
        return destinations.containsKey(Objects.requireNonNull(destinationPart));
    }
}
