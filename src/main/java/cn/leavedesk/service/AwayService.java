package cn.leavedesk.service;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Presiding;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Who is away on each day of a range, who presides while the mayor is away, and the days on which nobody does. */
public final class AwayService {
    /** A quarter: the longest range the screen asks for; longer ranges would need another kind of chart. */
    public static final int MAX_DAYS = 92;

    private final Database db;
    private final RulebookService rulebooks;
    private final SharedCalendar calendar;
    /** Only its presiding answer is read; the message language of its findings does not matter here. */
    private final Evaluator evaluator;

    public AwayService(Database db, RulebookService rulebooks, WorkingCalendar calendar) {
        this(db, rulebooks, SharedCalendar.fixed(calendar));
    }

    /** Marks holidays with the calendar in force at each call, so a holiday year added meanwhile shows at once. */
    public AwayService(Database db, RulebookService rulebooks, SharedCalendar calendar) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.evaluator = new Evaluator(calendar, Messages.chinese());
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
        WorkingCalendar calendar = this.calendar.get();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new AwayTimeline.Day(day, typeOf(calendar, day)));
            if (!calendar.hasSchedule(day.getYear())) {
                unknown.add(day.getYear());
            }
        }
        return new AwayTimeline(from, to, days, rows, presiding(from, to, roster, byPerson, away),
                List.copyOf(unknown));
    }

    private static AwayTimeline.DayType typeOf(WorkingCalendar calendar, LocalDate day) {
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
     * Who presides on each day the mayor is away from the post, as the rules engine names them for the mayor's
     * absence (the rulebook's presiding rule and its conditions): the same answer the check gives for that absence.
     */
    private List<AwayTimeline.PresidingDay> presiding(LocalDate from, LocalDate to, Roster roster,
                                                      Map<String, List<Absence>> byPerson, List<Absence> away) {
        Optional<Person> mayor = roster.first(Role.MAYOR);
        if (mayor.isEmpty()) {
            return List.of();
        }
        Rulebook rulebook = rulebook();
        Map<String, Optional<Presiding>> named = new HashMap<>();
        List<AwayTimeline.PresidingDay> result = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Optional<Absence> mayorAway = awayOn(byPerson, mayor.get().id(), day);
            if (mayorAway.isEmpty()) {
                continue;
            }
            Optional<Presiding> presiding = named.computeIfAbsent(mayorAway.get().id(),
                    id -> evaluator.evaluate(rulebook, roster, away, mayorAway.get()).presiding());
            Optional<Person> presider = presiding.flatMap(p -> roster.find(p.personId()));
            LocalDate today = day;
            boolean presiderAway = presider.filter(p -> awayOn(byPerson, p.id(), today).isPresent()).isPresent();
            result.add(new AwayTimeline.PresidingDay(day, mayor.get(), mayorAway.get(), presider,
                    presiding.map(Presiding::article), presiderAway));
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
