package cn.leavedesk.rules;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Limits on official trips abroad. {@code maxDaysByCountries} maps a number of counted countries to the
 * longest stay (border days included); a trip to more countries than the largest key uses that key's limit.
 *
 * @param limitsApplyTo roles the per-trip limits bind; empty means everyone
 * @param countedKinds kinds of ABROAD absence that count as trips; empty means every kind
 */
public record AbroadRules(String article, Optional<Integer> maxCountries, SortedMap<Integer, Integer> maxDaysByCountries,
                          Set<Role> limitsApplyTo, Set<Kind> countedKinds, List<Quota> quotas,
                          LocalizedText reading) {
    public AbroadRules {
        limitsApplyTo = Set.copyOf(limitsApplyTo);
        countedKinds = Set.copyOf(countedKinds);
        quotas = List.copyOf(quotas);
        maxDaysByCountries = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(maxDaysByCountries));
    }

    public boolean hasTripLimits() {
        return maxCountries.isPresent() || !maxDaysByCountries.isEmpty();
    }

    public boolean counts(Kind kind) {
        return countedKinds.isEmpty() || countedKinds.contains(kind);
    }

    public Optional<Integer> maxDaysFor(int countries) {
        if (countries <= 0 || maxDaysByCountries.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<Integer, Integer> upTo = maxDaysByCountries.headMap(countries + 1);
        if (upTo.containsKey(countries)) {
            return Optional.of(upTo.get(countries));
        }
        SortedMap<Integer, Integer> atLeast = maxDaysByCountries.tailMap(countries);
        if (!atLeast.isEmpty()) {
            return Optional.of(atLeast.get(atLeast.firstKey()));
        }
        return Optional.of(maxDaysByCountries.get(maxDaysByCountries.lastKey()));
    }
}
