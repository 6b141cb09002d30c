package cn.leavedesk.service;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.AfterReturnDuty;
import cn.leavedesk.domain.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The after-return duties of one absence with their due days, the one reckoning {@code show} and the to-do list
 * share. The days are the rulebook's settings ({@link AfterReturnDuty#cancelLeaveDueWorkingDays()} and
 * {@link AfterReturnDuty#writtenReportDueWorkingDays()}), counted on the office calendar: 销假 from the planned
 * return day, the written report from the actual return day, or the planned one while none is recorded.
 */
final class Duties {
    private final SharedCalendar calendar;

    Duties(SharedCalendar calendar) {
        this.calendar = calendar;
    }

    List<AbsenceDetails.DutyLine> lines(List<AfterReturnDuty> owed, LocalDate plannedReturn,
                                        Optional<LocalDate> returnedOn, Optional<LocalDate> reportOn, LocalDate asOf) {
        List<AbsenceDetails.DutyLine> lines = new ArrayList<>();
        WorkingCalendar calendar = this.calendar.get();
        // several rules may ask for the same duty; the first one (file order) is cited, as the chain does
        owed.stream().filter(AfterReturnDuty::cancelLeave).findFirst().ifPresent(d -> {
            LocalDate due = calendar.stepForward(plannedReturn, d.cancelLeaveDueWorkingDays()).day();
            lines.add(new AbsenceDetails.DutyLine(DutyKind.CANCEL_LEAVE, d.article(), due, returnedOn, List.of(), "",
                    returnedOn.isEmpty() && due.isBefore(asOf)));
        });
        owed.stream().filter(AfterReturnDuty::writtenReport).findFirst().ifPresent(d -> {
            LocalDate due = calendar.stepForward(returnedOn.orElse(plannedReturn), d.writtenReportDueWorkingDays())
                    .day();
            List<Party> to = d.writtenReportTo();
            lines.add(new AbsenceDetails.DutyLine(DutyKind.WRITTEN_REPORT, d.article(), due, reportOn, to,
                    d.condition(), reportOn.isEmpty() && due.isBefore(asOf)));
        });
        return lines;
    }
}
