package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.AbroadRules;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.PersonYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The leaders' review (年度统计) for the client: the annual report's counts, the quota use counted as the check counts
 * it, the days away per month and kind, and the absences behind any figure. The screens see this service's records
 * only, never the store's.
 */
public final class AnnualReviewService {
    private final Database db;
    private final RulebookService rulebooks;
    private final QuotaService quotas;

    public AnnualReviewService(Database db, RulebookService rulebooks) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.quotas = new QuotaService(db, rulebooks);
    }

    /** Everyone on the roster, with their figures for the year. */
    public AnnualReview year(int year) {
        String rulebookId = new SettingsService(db).load().rulebookId();
        Rulebook rulebook = rulebooks.get(rulebookId);
        Optional<AbroadRules> abroad = rulebook.abroad().filter(r -> !r.quotas().isEmpty());
        Map<String, QuotaUse> uses = quotas.forYear(year);
        Map<String, Map<Kind, List<Integer>>> months = daysByMonth(year);
        List<AnnualReview.Line> lines = new ArrayList<>();
        for (PersonYear line : db.reports().annual(year).people()) {
            lines.add(new AnnualReview.Line(line.id(), line.name(), line.role(), line.absences(), line.daysAway(),
                    line.tripsAbroad(), Optional.ofNullable(uses.get(line.id())),
                    months.getOrDefault(line.id(), Map.of())));
        }
        return new AnnualReview(year, rulebookId, abroad.map(r -> rulebook.cite(r.article())),
                abroad.map(AnnualReviewService::periods).orElse(List.of()), lines);
    }

    /** The absences behind one cell of a person's line, by departure day; empty for someone not on the roster. */
    public List<Absence> behind(String personId, int year, AnnualReview.Cell cell) {
        if (cell instanceof AnnualReview.Cell.Quota quota) {
            return quotas.tripsBehind(personId, year, quota.period());
        }
        return db.absences().history(personId).stream()
                .filter(Absence::isActive)
                .filter(a -> counts(cell, a, year))
                .toList();
    }

    /** Whether the annual report counts the absence in the cell; the same readings as the store's report. */
    private static boolean counts(AnnualReview.Cell cell, Absence absence, int year) {
        if (cell instanceof AnnualReview.Cell.OfKind kind) {
            return absence.kind() == kind.kind() && absence.depart().getYear() == year;
        }
        if (cell instanceof AnnualReview.Cell.TripsAbroad) {
            return absence.scope() == Scope.ABROAD && absence.depart().getYear() == year;
        }
        return absence.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The periods any of the rulebook's quotas limits, in a fixed order. */
    private static List<QuotaPeriod> periods(AbroadRules rules) {
        List<QuotaPeriod> periods = new ArrayList<>();
        if (rules.quotas().stream().anyMatch(q -> q.perYear().isPresent())) {
            periods.add(QuotaPeriod.YEAR);
        }
        if (rules.quotas().stream().anyMatch(q -> q.perTerm().isPresent())) {
            periods.add(QuotaPeriod.TERM);
        }
        if (rules.quotas().stream().anyMatch(q -> q.perTwoYears().isPresent())) {
            periods.add(QuotaPeriod.TWO_YEARS);
        }
        return periods;
    }

    /** Days away per person, kind and month, counted as the annual report counts days: both ends, inside the year. */
    private Map<String, Map<Kind, List<Integer>>> daysByMonth(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Map<Kind, int[]>> counts = new HashMap<>();
        for (Absence absence : db.absences().awayOn(first, last)) {
            int[] months = counts.computeIfAbsent(absence.personId(), id -> new EnumMap<>(Kind.class))
                    .computeIfAbsent(absence.kind(), k -> new int[12]);
            LocalDate from = absence.depart().isBefore(first) ? first : absence.depart();
            LocalDate to = absence.returnDate().isAfter(last) ? last : absence.returnDate();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                months[day.getMonthValue() - 1]++;
            }
        }
        Map<String, Map<Kind, List<Integer>>> result = new HashMap<>();
        counts.forEach((person, kinds) -> {
            Map<Kind, List<Integer>> lists = new EnumMap<>(Kind.class);
            kinds.forEach((kind, months) -> lists.put(kind, java.util.Arrays.stream(months).boxed().toList()));
            result.put(person, Collections.unmodifiableMap(lists));
        });
        return result;
    }
}
