package cn.leavedesk.rules.check;

import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.calendar.WorkingDayCount;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.rules.Rule;
import java.util.Optional;

/** The last filing day an advance-notice rule allows: N working days before departure, departure not counted. */
public final class Deadlines {
    private Deadlines() {
    }

    public static Optional<WorkingDayCount> fileBy(Rule rule, Absence request, WorkingCalendar calendar) {
        return rule.advanceWorkingDays().map(days -> calendar.stepBack(request.depart(), days));
    }
}
