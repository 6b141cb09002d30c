package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.AbroadRules;
import cn.leavedesk.rules.Quota;
import cn.leavedesk.rules.check.OverseasQuotaCheck;
import cn.leavedesk.store.Database;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far each leader has used the overseas quota of the office's rulebook, counted the way
 * {@link OverseasQuotaCheck} counts: active trips abroad of a counted kind, by departure day, cancelled ones never.
 */
public final class QuotaService {
    private final Database db;
    private final RulebookService rulebooks;

    public QuotaService(Database db, RulebookService rulebooks) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
    }

    /**
     * Every person in a quota group, by id, with their figures as of the last day of the year — trips already
     * recorded for later in the year count, so a clerk sees the quota a planned trip will use. People outside every
     * group (department heads, …) are left out; a rulebook without overseas rules gives an empty map.
     */
    public Map<String, QuotaUse> forYear(int year) {
        Optional<AbroadRules> rules = rulebooks.get(new SettingsService(db).load().rulebookId()).abroad();
        if (rules.isEmpty()) {
            return Map.of();
        }
        LocalDate asOf = LocalDate.of(year, 12, 31);
        Map<String, QuotaUse> result = new LinkedHashMap<>();
        for (Person person : db.people().all()) {
            OverseasQuotaCheck.quotaFor(rules.get(), person).ifPresent(quota -> result.put(person.id(),
                    use(quota, person, trips(rules.get(), db.absences().history(person.id())), asOf)));
        }
        return Map.copyOf(result);
    }

    static QuotaUse use(Quota quota, Person person, List<LocalDate> departures, LocalDate asOf) {
        int year = (int) departures.stream().filter(d -> d.getYear() == asOf.getYear()).count();
        Optional<Integer> term = person.term().map(t -> (int) departures.stream()
                .filter(t::contains).filter(d -> !d.isAfter(asOf)).count());
        LocalDate windowStart = asOf.minusYears(2);
        int two = (int) departures.stream().filter(d -> d.isAfter(windowStart) && !d.isAfter(asOf)).count();
        return new QuotaUse(quota, asOf, year, term, two);
    }

    private static List<LocalDate> trips(AbroadRules rules, List<Absence> history) {
        return history.stream()
                .filter(Absence::isActive)
                .filter(a -> a.scope() == Scope.ABROAD)
                .filter(a -> rules.counts(a.kind()))
                .map(Absence::depart)
                .toList();
    }
}
