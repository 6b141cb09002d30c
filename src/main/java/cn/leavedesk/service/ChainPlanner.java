package cn.leavedesk.service;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Step;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.check.ChainCheck;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approval chain each absence of a batch needs, for imports and the demo data. The chain depends on the
 * person, the request and the calendar, never on other absences, so only the chain check runs: the cost per
 * absence is the same at fifty thousand rows as at one.
 */
public final class ChainPlanner {
    private final Evaluator chainOnly;
    private final SharedCalendar calendar;

    public ChainPlanner(WorkingCalendar calendar) {
        this(SharedCalendar.fixed(calendar));
    }

    /** Plans with the calendar in force at each absence planned. */
    public ChainPlanner(SharedCalendar calendar) {
        this.calendar = calendar;
        this.chainOnly = new Evaluator(calendar, Messages.chinese(), List.of(new ChainCheck()));
    }

    /** The calendar the chains' days are counted in. */
    WorkingCalendar calendar() {
        return calendar.get();
    }

    /** Active absences with a non-empty chain, by id, in the batch's order. */
    public Map<String, List<Step>> plan(Rulebook rulebook, Roster roster, Collection<Absence> absences) {
        Map<String, List<Step>> result = new LinkedHashMap<>();
        for (Absence absence : absences) {
            if (!absence.isActive()) {
                continue;
            }
            List<Step> steps = chainOnly.evaluate(rulebook, roster, List.of(), absence).chain();
            if (!steps.isEmpty()) {
                result.put(absence.id(), steps);
            }
        }
        return result;
    }
}
