package cn.leavedesk.service;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.AfterReturnDuty;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Presiding;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rule;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.AfterReturnCandidate;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.OpenStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The to-do list (待办, lifecycle-contract.md): steps overdue and due soon, returns not recorded, written reports
 * overdue, and days in the next 30 with no one to preside. Only ACTIVE absences count; an absence that ended long
 * ago keeps its items until they are done.
 *
 * <p>At office scale the list is read, not computed from every absence: open steps come from the pending-step
 * index, and only absences whose person, kind and scope some rule with an {@code afterReturn} could fit are read
 * for the duties; which of those owe what is then decided by the rulebook itself, once per distinct case.
 */
public final class TodoService {
    /** How far ahead NO_ONE_PRESIDING looks: the day asked about and the 30 after it. */
    public static final int PRESIDING_DAYS_AHEAD = 30;

    private final Database db;
    private final RulebookService rulebooks;
    private final SharedCalendar calendar;
    /** No checks: only the rule matching, which is all the after-return duties need. */
    private final Evaluator matchOnly;
    /** The whole engine, for who presides while the mayor is away, as the check and the who-is-away screen say. */
    private final Evaluator engine;
    private final Duties duties;

    public TodoService(Database db, RulebookService rulebooks, WorkingCalendar calendar, Messages messages) {
        this(db, rulebooks, SharedCalendar.fixed(calendar), messages);
    }

    /** Counts with the calendar in force at each call, so a holiday year added meanwhile applies at once. */
    public TodoService(Database db, RulebookService rulebooks, SharedCalendar calendar, Messages messages) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.matchOnly = new Evaluator(calendar, Objects.requireNonNull(messages, "messages"), List.of());
        this.engine = new Evaluator(calendar, messages);
        this.duties = new Duties(calendar);
    }

    /** Everything still to do as of {@code asOf}, most urgent first. */
    public TodoList todo(LocalDate asOf) {
        Rulebook rulebook = rulebooks.get(new SettingsService(db).load().rulebookId());
        List<TodoItem> items = new ArrayList<>();
        steps(asOf, items);
        afterReturn(asOf, rulebook, items);
        presiding(asOf, rulebook, items);
        items.sort(TodoItem.ORDER);
        return new TodoList(asOf, items);
    }

    private void steps(LocalDate asOf, List<TodoItem> items) {
        LocalDate soon = calendar.get().stepForward(asOf, AbsenceLifecycleService.DUE_SOON_WORKING_DAYS).day();
        for (OpenStep open : db.chains().openStepsDueBy(soon)) {
            TodoType type = open.due().isBefore(asOf) ? TodoType.STEP_OVERDUE : TodoType.STEP_DUE;
            items.add(new TodoItem(type, open.absenceId(), open.personId(), Optional.of(open.seq()), open.due(),
                    open.step().article(), Optional.empty()));
        }
    }

    private void afterReturn(LocalDate asOf, Rulebook rulebook, List<TodoItem> items) {
        List<Rule> owing = rulebook.rules().stream().filter(r -> r.afterReturn().isPresent()).toList();
        if (owing.isEmpty()) {
            return;
        }
        Roster roster = db.people().roster();
        Set<Role> roles = union(owing, r -> r.when().roles(), Role.class);
        Set<Kind> kinds = union(owing, r -> r.when().kinds(), Kind.class);
        Set<Scope> scopes = union(owing, r -> r.when().scopes(), Scope.class);
        Map<CaseKey, List<AfterReturnDuty>> byCase = new HashMap<>();
        for (AfterReturnCandidate candidate : db.absences().afterReturnCandidates(asOf, roles, kinds, scopes)) {
            Absence absence = candidate.absence();
            Optional<Person> person = roster.find(absence.personId());
            if (person.isEmpty()) {
                continue;
            }
            List<AfterReturnDuty> owed = byCase.computeIfAbsent(CaseKey.of(person.get(), absence),
                    k -> matchOnly.evaluate(rulebook, roster, List.of(), absence).afterReturn());
            for (AbsenceDetails.DutyLine line : duties.lines(owed, absence.returnDate(), candidate.returnedOn(),
                    candidate.reportOn(), asOf)) {
                if (line.overdue()) {
                    TodoType type = line.duty() == DutyKind.CANCEL_LEAVE
                            ? TodoType.RETURN_NOT_RECORDED : TodoType.REPORT_OVERDUE;
                    items.add(new TodoItem(type, absence.id(), absence.personId(), Optional.empty(), line.due(),
                            line.article(), Optional.empty()));
                }
            }
        }
    }

    /**
     * Days with no one to preside, by {@link AwayService}'s definition: on each day the mayor is away from the post,
     * the person the rules engine names to preside for that absence (the rulebook's presiding rule) is away too.
     * Only the mayor's and the presiders' absences are read, not everyone's; {@code TodoServiceTest} holds the result
     * against the who-is-away screen's.
     */
    private void presiding(LocalDate asOf, Rulebook rulebook, List<TodoItem> items) {
        // the first mayor in roster (id) order, as Roster.first gives it, without reading everyone
        Optional<Person> mayor = db.people().withRole(Role.MAYOR).stream().findFirst();
        if (mayor.isEmpty()) {
            return;
        }
        LocalDate last = asOf.plusDays(PRESIDING_DAYS_AHEAD);
        List<Absence> mayorAway = away(mayor.get(), asOf, last);
        if (mayorAway.isEmpty()) {
            return;
        }
        // read only when the mayor is away in the window: the roster as it is now, and the history the check reads
        CheckService check = new CheckService(db, engine);
        Roster roster = check.roster();
        Map<String, Optional<Presiding>> named = new HashMap<>();
        Map<String, List<Absence>> presidersAway = new HashMap<>();
        for (LocalDate day = asOf; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate today = day;
            Optional<Absence> mayorsAbsence = mayorAway.stream().filter(a -> a.overlaps(today, today)).findFirst();
            if (mayorsAbsence.isEmpty()) {
                continue;
            }
            Absence absence = mayorsAbsence.get();
            Optional<Presiding> presiding = named.computeIfAbsent(absence.id(), id -> engine.evaluate(rulebook, roster,
                    check.relevantHistory(absence), absence).presiding());
            Optional<Person> presider = presiding.flatMap(p -> roster.find(p.personId()));
            if (presider.isPresent() && presidersAway.computeIfAbsent(presider.get().id(),
                    id -> away(presider.get(), asOf, last)).stream().anyMatch(a -> a.overlaps(today, today))) {
                items.add(new TodoItem(TodoType.NO_ONE_PRESIDING, absence.id(), mayor.get().id(), Optional.empty(),
                        today, presiding.get().article(), Optional.of(presider.get().id())));
            }
        }
    }

    /** The person's active absences away from their post between the days. */
    private List<Absence> away(Person person, LocalDate from, LocalDate to) {
        return db.absences().findForPerson(person.id(), from, to).stream()
                .filter(Absence::isActive).filter(Absence::awayFromPost).toList();
    }

    /** The union of the rules' sets; empty (any) as soon as one rule leaves it open. */
    private static <E extends Enum<E>> Set<E> union(List<Rule> rules, java.util.function.Function<Rule, Set<E>> part,
                                                    Class<E> type) {
        Set<E> all = EnumSet.noneOf(type);
        for (Rule rule : rules) {
            Set<E> values = part.apply(rule);
            if (values.isEmpty()) {
                return Set.of();
            }
            all.addAll(values);
        }
        return all;
    }

    /** What the rule matching looks at: the same answer for every absence of one case. */
    private record CaseKey(String personId, Kind kind, Scope scope, Optional<?> meeting) {
        static CaseKey of(Person person, Absence absence) {
            // by person rather than role: a person's supervisor and portfolios may matter to the rules too
            return new CaseKey(person.id(), absence.kind(), absence.scope(), absence.meeting());
        }
    }
}
