package cn.leavedesk.rules.check;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.rules.AbroadRules;
import cn.leavedesk.rules.CheckContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of a trip abroad: counted countries and regions (airside transits and mainland China left
 * out; HK, MO and TW count as regions), days abroad with both border days, and the person's trips this
 * year, this term and in the two years up to departure — the request included, cancelled trips never.
 */
public final class AbroadFigures {
    private static final String MAINLAND = "CN";

    private AbroadFigures() {
    }

    public static int countedCountries(List<Stop> stops) {
        Set<String> counted = new LinkedHashSet<>();
        for (Stop stop : stops) {
            if (stop.leavesAirport() && !MAINLAND.equals(stop.country())) {
                counted.add(stop.country());
            }
        }
        return counted.size();
    }

    /** The summary for an ABROAD request; empty for anything else. */
    public static Optional<AbroadSummary> of(CheckContext ctx) {
        Absence request = ctx.request();
        if (request.scope() != Scope.ABROAD) {
            return Optional.empty();
        }
        Optional<AbroadRules> rules = ctx.rulebook().abroad();
        int countries = countedCountries(request.stops());
        Optional<Integer> maxDays = rules.filter(r -> limitsApply(r, ctx.person(), request))
                .flatMap(r -> r.maxDaysFor(daysLimitCountries(request.stops())));
        // Counted as the leaders' review counts, as of the departure day: the term is the one in force then.
        QuotaCount.Figures figures = QuotaCount.figures(ctx.roster().terms(ctx.person()), trips(ctx),
                request.depart());
        return Optional.of(new AbroadSummary(countries, (int) request.days(), maxDays, figures.thisYear(),
                figures.thisTerm(), figures.inTwoYears()));
    }

    /**
     * The per-trip limits bind the roles the rulebook names, and only trips of a counted kind: Wuhan 六十八 is
     * about 因公出访 / 因公出国(境), so private leave abroad is neither counted nor limited there.
     */
    static boolean limitsApply(AbroadRules rules, Person person, Absence request) {
        return (rules.limitsApplyTo().isEmpty() || rules.limitsApplyTo().contains(person.role()))
                && rules.counts(request.kind());
    }

    /**
     * How many countries the day limit is looked up for. A trip whose listed stops are all airside still went
     * abroad: it gets the one-country limit (the smallest), and the itinerary check says so.
     */
    static int daysLimitCountries(List<Stop> stops) {
        int counted = countedCountries(stops);
        return counted == 0 && !stops.isEmpty() ? 1 : counted;
    }

    static boolean allAirside(List<Stop> stops) {
        return !stops.isEmpty() && countedCountries(stops) == 0;
    }

    /** The person's counted trips abroad, the request's own included when it counts. */
    private static List<Absence> trips(CheckContext ctx) {
        List<Absence> all = new ArrayList<>(ctx.others());
        all.add(ctx.request());
        return QuotaCount.countedTrips(ctx.rulebook().abroad(), ctx.person(), all);
    }
}
