package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Term;
import cn.leavedesk.rules.AbroadRules;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way trips abroad are counted against a quota, used by the overseas check for a request and by the
 * leaders' review for a year, so the two cannot drift apart. A trip counts when it is active, abroad, of a kind the
 * rulebook counts and the person's; it counts by its departure day:
 * <ul>
 *   <li>{@link QuotaPeriod#YEAR}: departing in the calendar year of the day counted as of, later in that year included
 *       (a trip already planned uses the year's quota);</li>
 *   <li>{@link QuotaPeriod#TERM}: departing within the term in force on the day counted as of — from the person's
 *       term history, so a trip of an earlier term counts against that term's quota, not today's — later in the term
 *       included, for the same reason; unknown when no term on record holds that day;</li>
 *   <li>{@link QuotaPeriod#TWO_YEARS}: departing after the same calendar day two years earlier, up to and including the
 *       day counted as of — a window that moves with that day, so nothing after it.</li>
 * </ul>
 */
public final class QuotaCount {
    private QuotaCount() {
    }

    /** A person's counted trips as of a day; {@code thisTerm} is empty when no term is on record. */
    public record Figures(int thisYear, Optional<Integer> thisTerm, int inTwoYears) {
        public Figures {
            Objects.requireNonNull(thisTerm, "thisTerm");
        }
    }

    /** The person's trips among {@code absences} that count under the rules, by departure day then id. */
    public static List<Absence> countedTrips(Optional<AbroadRules> rules, Person person,
                                             Collection<Absence> absences) {
        return absences.stream()
                .filter(a -> a.personId().equals(person.id()))
                .filter(Absence::isActive)
                .filter(a -> a.scope() == Scope.ABROAD)
                .filter(a -> rules.map(r -> r.counts(a.kind())).orElse(true))
                .sorted(Comparator.comparing(Absence::depart).thenComparing(Absence::id))
                .toList();
    }

    /**
     * The counted trips that fall in the period as of the day; empty for a term when none holds that day.
     *
     * @param terms the person's terms of office, oldest first ({@link cn.leavedesk.domain.Roster#terms})
     */
    public static List<Absence> tripsIn(QuotaPeriod period, List<Term> terms, List<Absence> counted, LocalDate asOf) {
        Optional<Term> term = Term.inForceOn(terms, asOf);
        return counted.stream().filter(a -> within(period, term, asOf, a.depart())).toList();
    }

    /** The figures of the counted trips as of the day; the term is the one in force that day. */
    public static Figures figures(List<Term> terms, List<Absence> counted, LocalDate asOf) {
        int year = tripsIn(QuotaPeriod.YEAR, terms, counted, asOf).size();
        Optional<Integer> term = Term.inForceOn(terms, asOf)
                .map(t -> tripsIn(QuotaPeriod.TERM, terms, counted, asOf).size());
        int two = tripsIn(QuotaPeriod.TWO_YEARS, terms, counted, asOf).size();
        return new Figures(year, term, two);
    }

    static boolean within(QuotaPeriod period, Optional<Term> term, LocalDate asOf, LocalDate depart) {
        return switch (period) {
            case YEAR -> depart.getYear() == asOf.getYear();
            case TERM -> term.filter(t -> t.contains(depart)).isPresent();
            case TWO_YEARS -> depart.isAfter(asOf.minusYears(2)) && !depart.isAfter(asOf);
        };
    }
}
