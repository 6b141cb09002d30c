package cn.leavedesk.ui.request;

import cn.leavedesk.domain.Stop;
import cn.leavedesk.ui.Countries;
import cn.leavedesk.ui.Countries.Country;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The itinerary of a trip abroad, stop by stop: countries and regions are chosen by name (search as you type), an
 * airside transit is ticked as 不出机场, stops are reordered and removed. The stops are ISO codes underneath, as the
 * rules engine and the store keep them.
 */
public final class ItineraryViewModel {
    private final Countries countries;
    private final ObservableList<Stop> stops = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Country> matches = FXCollections.observableArrayList();

    public ItineraryViewModel(Countries countries) {
        this.countries = countries;
        query.addListener((o, old, now) -> matches.setAll(countries.search(now)));
    }

    /** The stops in travelling order; the request form listens to this list. */
    public ObservableList<Stop> stops() {
        return stops;
    }

    /** What the clerk is typing into the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The countries and regions matching the query, best first. */
    public ObservableList<Country> matches() {
        return matches;
    }

    /** Adds the country as the last stop, leaving the airport; the search starts again. */
    public void add(Country country) {
        stops.add(new Stop(country.code(), true));
        query.set("");
    }

    /** Adds the best match for what was typed (Enter in the search field); false when nothing matches. */
    public boolean addBestMatch() {
        if (matches.isEmpty()) {
            return false;
        }
        add(matches.get(0));
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < stops.size()) {
            stops.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < stops.size()) {
            Collections.swap(stops, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < stops.size() - 1) {
            Collections.swap(stops, index, index + 1);
        }
    }

    /** Ticks or unticks 不出机场 (an airside transit, which does not count as a country visited). */
    public void setAirside(int index, boolean airside) {
        if (index >= 0 && index < stops.size()) {
            Stop stop = stops.get(index);
            if (stop.leavesAirport() == airside) {
                stops.set(index, new Stop(stop.country(), !airside));
            }
        }
    }

    /** Replaces the itinerary, e.g. with a stored absence's when it is amended. */
    public void setAll(List<Stop> itinerary) {
        stops.setAll(itinerary);
        query.set("");
    }

    /** The name a stop shows, in the client's language. */
    public String name(Stop stop) {
        return countries.name(stop.country());
    }

    public boolean isRegion(Stop stop) {
        return countries.find(stop.country()).map(Country::region).orElse(false);
    }
}
