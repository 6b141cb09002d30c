package cn.leavedesk.rules;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.AfterReturnDuty;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingMembers;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Presiding;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.rules.check.ChainCheck;
import cn.leavedesk.rules.check.FilingDeadlineCheck;
import cn.leavedesk.rules.check.ItineraryCheck;
import cn.leavedesk.rules.check.OverlapCheck;
import cn.leavedesk.rules.check.OverseasQuotaCheck;
import cn.leavedesk.rules.check.PresidingCheck;
import cn.leavedesk.rules.check.QuorumCheck;
import cn.leavedesk.rules.check.RequiredFieldsCheck;
import cn.leavedesk.rules.check.RuleFindingsCheck;
import cn.leavedesk.rules.check.StandInAwayCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates one request against a rulebook: runs every check in a fixed order and composes what they find.
 * The same evaluator serves the client and the {@code check} command, so both give the same answer.
 */
public final class Evaluator {
    /** Read once per evaluation: a holiday year added meanwhile applies from the next one. */
    private final SharedCalendar calendar;
    private final Messages messages;
    private final List<Check> checks;

    public Evaluator(WorkingCalendar calendar, Messages messages) {
        this(SharedCalendar.fixed(calendar), messages, standardChecks());
    }

    public Evaluator(WorkingCalendar calendar, Messages messages, List<Check> checks) {
        this(SharedCalendar.fixed(calendar), messages, checks);
    }

    public Evaluator(SharedCalendar calendar, Messages messages) {
        this(calendar, messages, standardChecks());
    }

    public Evaluator(SharedCalendar calendar, Messages messages, List<Check> checks) {
        this.calendar = java.util.Objects.requireNonNull(calendar, "calendar");
        this.messages = messages;
        this.checks = List.copyOf(checks);
    }

    public static List<Check> standardChecks() {
        return List.of(new ChainCheck(), new RequiredFieldsCheck(), new FilingDeadlineCheck(), new PresidingCheck(),
                new StandInAwayCheck(), new ItineraryCheck(), new OverseasQuotaCheck(), new OverlapCheck(),
                new QuorumCheck(), new RuleFindingsCheck());
    }

    /**
     * @param history absences on record, of anyone; cancelled ones and any with the request's id are ignored
     * @throws IllegalArgumentException when the request's person is not on the roster
     */
    public Evaluation evaluate(Rulebook rulebook, Roster roster, Collection<Absence> history, Absence request) {
        return evaluate(rulebook, roster, history, request, List.of());
    }

    /**
     * As {@link #evaluate(Rulebook, Roster, Collection, Absence)}, with the meetings on the schedule during the
     * request and their recorded members, which the quorum check counts (Hegang 第三十七条).
     */
    public Evaluation evaluate(Rulebook rulebook, Roster roster, Collection<Absence> history, Absence request,
                               List<MeetingMembers> meetings) {
        Person person = roster.find(request.personId()).orElseThrow(
                () -> new IllegalArgumentException("unknown person " + request.personId()));
        if (!request.isActive()) {
            // 撤销: a cancelled absence stays in the register but counts nowhere and owes nothing
            return new Evaluation(Verdict.OK, List.of(), List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), List.of(messages.text("reading.cancelled")));
        }
        List<Absence> others = history.stream()
                .filter(Absence::isActive)
                .filter(a -> !a.id().equals(request.id()))
                .toList();
        CheckContext ctx = new CheckContext(rulebook, roster, person, request, others, calendar.get(), messages,
                RuleMatcher.match(rulebook, roster, person, request), meetings);
        List<Step> chain = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Optional<LocalDate> fileBy = Optional.empty();
        Optional<Presiding> presiding = Optional.empty();
        Optional<AbroadSummary> abroad = Optional.empty();
        for (Check check : checks) {
            CheckResult result = check.apply(ctx);
            chain.addAll(result.steps());
            findings.addAll(result.findings());
            fileBy = fileBy.or(result::fileBy);
            presiding = presiding.or(result::presiding);
            abroad = abroad.or(result::abroad);
        }
        List<String> readings = new ArrayList<>();
        if (abroad.isPresent()) {
            rulebook.abroad().map(AbroadRules::reading).map(r -> r.in(messages.locale()))
                    .filter(r -> !r.isBlank()).ifPresent(readings::add);
            if (abroad.get().countedCountries() == 0 && abroad.get().maxDays().isPresent()) {
                readings.add(messages.text("reading.allAirside", abroad.get().maxDays().get()));
            }
        }
        // why an absence inside the city has no chain: the rulebook's reading of 离汉 / 离开本市 / 外出
        rulebook.leavingTheCity().filter(l -> request.scope() == Scope.WITHIN_CITY
                        && request.kind() != Kind.MEETING_ABSENCE && ctx.match().rules().isEmpty())
                .map(l -> l.reading().in(messages.locale())).ifPresent(readings::add);
        List<AfterReturnDuty> afterReturn = new ArrayList<>();
        for (Rule rule : ctx.match().rules()) {
            rule.afterReturn().ifPresent(a -> afterReturn.add(new AfterReturnDuty(a.cancelLeave(), a.writtenReportTo(),
                    a.when().in(messages.locale()), rulebook.cite(rule.article()), a.cancelLeaveDueWorkingDays(),
                    a.writtenReportDueWorkingDays())));
        }
        return new Evaluation(Verdict.of(findings), findings, chain, fileBy, presiding, abroad, afterReturn, readings);
    }
}
