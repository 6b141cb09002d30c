package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.rules.AbroadRules;
import cn.leavedesk.rules.check.OverseasQuotaCheck;
import cn.leavedesk.rules.check.QuotaCount;
import cn.leavedesk.store.Database;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far each leader has used the overseas quota of the office's rulebook. The counting is the rules engine's own
 * ({@link QuotaCount}, which {@link OverseasQuotaCheck} uses too), so the review and the check of a trip agree.
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
        return asOf(LocalDate.of(year, 12, 31));
    }

    /** As {@link #forYear}, counted as of any day: as of a trip's departure day it is what the check counts. */
    public Map<String, QuotaUse> asOf(LocalDate day) {
        Optional<AbroadRules> rules = abroadRules();
        if (rules.isEmpty()) {
            return Map.of();
        }
        Map<String, QuotaUse> result = new LinkedHashMap<>();
        Roster roster = db.people().roster();
        for (Person person : roster.people()) {
            OverseasQuotaCheck.quotaFor(rules.get(), person).ifPresent(quota -> {
                List<Absence> counted = QuotaCount.countedTrips(rules, person, db.absences().history(person.id()));
                result.put(person.id(), new QuotaUse(quota, day,
                        QuotaCount.figures(roster.terms(person), counted, day)));
            });
        }
        return Map.copyOf(result);
    }

    /**
     * The trips behind one quota figure of the year: those the figure counts, by departure day. Empty for someone
     * not on the roster, or for a term when none is in force on 31 December.
     */
    public List<Absence> tripsBehind(String personId, int year, QuotaPeriod period) {
        Roster roster = db.people().roster();
        Optional<Person> person = roster.find(personId);
        if (person.isEmpty()) {
            return List.of();
        }
        List<Absence> counted = QuotaCount.countedTrips(abroadRules(), person.get(),
                db.absences().history(personId));
        return QuotaCount.tripsIn(period, roster.terms(person.get()), counted, LocalDate.of(year, 12, 31));
    }

    /** The overseas rules of the office's rulebook; empty where the rulebook has none. */
    Optional<AbroadRules> abroadRules() {
        return rulebooks.get(new SettingsService(db).load().rulebookId()).abroad();
    }
}
