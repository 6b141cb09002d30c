package cn.leavedesk.service;

import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.rules.PresidingRule;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Who is away on each day of a range, and the days on which nobody presides over the government's work. */
public final class AwayService {
    /** A quarter: the longest range the screen asks for; longer ranges would need another kind of chart. */
    public static final int MAX_DAYS = 92;

    private final Database db;
    private final RulebookService rulebooks;
    private final WorkingCalendar calendar;

    public AwayService(Database db, RulebookService rulebooks, WorkingCalendar calendar) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is longer than
     *                                  {@link #MAX_DAYS}
     */
    public AwayTimeline timeline(LocalDate from, LocalDate to) {
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        if (length < 1 || length > MAX_DAYS) {
            throw new IllegalArgumentException("range of " + length + " days; 1 to " + MAX_DAYS + " allowed");
        }
        List<Absence> away = db.absences().awayOn(from, to);
        Roster roster = db.people().roster();
        Map<String, Integer> order = new java.util.HashMap<>();
        roster.people().forEach(p -> order.put(p.id(), order.size()));
        Map<String, List<Absence>> byPerson = new LinkedHashMap<>();
        for (Absence absence : away) {
            byPerson.computeIfAbsent(absence.personId(), id -> new ArrayList<>()).add(absence);
        }
        List<AwayTimeline.Row> rows = new ArrayList<>();
        byPerson.forEach((id, absences) -> roster.find(id)
                .ifPresent(person -> rows.add(new AwayTimeline.Row(person, absences))));
        rows.sort(Comparator.<AwayTimeline.Row, Role>comparing(r -> r.person().role())
                .thenComparing(r -> order.get(r.person().id())));

        List<AwayTimeline.Day> days = new ArrayList<>();
        TreeSet<Integer> unknown = new TreeSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new AwayTimeline.Day(day, typeOf(day)));
            if (!calendar.hasSchedule(day.getYear())) {
                unknown.add(day.getYear());
            }
        }
        return new AwayTimeline(from, to, days, rows, unpresided(from, to, roster, byPerson),
                List.copyOf(unknown));
    }

    private AwayTimeline.DayType typeOf(LocalDate day) {
        if (calendar.isMakeUpWorkday(day)) {
            return AwayTimeline.DayType.MAKE_UP_WORKDAY;
        }
        if (calendar.isHoliday(day)) {
            return AwayTimeline.DayType.HOLIDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY
                ? AwayTimeline.DayType.WEEKEND : AwayTimeline.DayType.WORKDAY;
    }

    /**
     * The presider is the executive vice-mayor, or, where the rulebook lets the mayor designate one, the vice-mayor
     * named as acting person on the mayor's absence (the executive vice-mayor when that name is not on the roster).
     */
    private List<AwayTimeline.Unpresided> unpresided(LocalDate from, LocalDate to, Roster roster,
                                                     Map<String, List<Absence>> byPerson) {
        Optional<Person> mayor = roster.first(Role.MAYOR);
        if (mayor.isEmpty()) {
            return List.of();
        }
        Optional<Person> executive = roster.first(Role.EXECUTIVE_VICE_MAYOR);
        boolean designated = rulebook().presiding().map(PresidingRule::presider)
                .filter(p -> p == PresidingRule.Presider.DESIGNATED_VICE_MAYOR).isPresent();
        List<AwayTimeline.Unpresided> result = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Optional<Absence> mayorAway = awayOn(byPerson, mayor.get().id(), day);
            if (mayorAway.isEmpty()) {
                continue;
            }
            Optional<Person> presider = designated
                    ? mayorAway.get().actingPerson().flatMap(roster::find).or(() -> executive)
                    : executive;
            LocalDate today = day;
            presider.filter(p -> awayOn(byPerson, p.id(), today).isPresent())
                    .ifPresent(p -> result.add(new AwayTimeline.Unpresided(today, mayor.get(), p)));
        }
        return result;
    }

    /** Away from the government's work that day, by the same definition as the rules engine's presiding check. */
    private static Optional<Absence> awayOn(Map<String, List<Absence>> byPerson, String personId, LocalDate day) {
        return byPerson.getOrDefault(personId, List.of()).stream()
                .filter(Absence::awayFromPost)
                .filter(a -> a.overlaps(day, day)).findFirst();
    }

    private Rulebook rulebook() {
        return rulebooks.get(new SettingsService(db).load().rulebookId());
    }
}
