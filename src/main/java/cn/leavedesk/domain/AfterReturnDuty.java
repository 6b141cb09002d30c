package cn.leavedesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the person owes once back (Hegang 第五十二条（四）): cancelling the leave (销假) and, after a
 * superior's meeting or activity, a written report to the listed parties.
 *
 * @param condition when the written report is owed, in the clerk's language (empty when always)
 * @param cancelLeaveDueWorkingDays   销假 is due this many working days after the planned return day
 * @param writtenReportDueWorkingDays the written report is due this many working days after the actual return day
 *                                    (the planned one while no return is recorded)
 */
public record AfterReturnDuty(boolean cancelLeave, List<Party> writtenReportTo, String condition, String article,
                              int cancelLeaveDueWorkingDays, int writtenReportDueWorkingDays) {
    public AfterReturnDuty {
        writtenReportTo = List.copyOf(writtenReportTo);
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(article, "article");
    }

    /** With the default due days: 销假 the first working day after the planned return, the report five after. */
    public AfterReturnDuty(boolean cancelLeave, List<Party> writtenReportTo, String condition, String article) {
        this(cancelLeave, writtenReportTo, condition, article, 1, 5);
    }

    public boolean writtenReport() {
        return !writtenReportTo.isEmpty();
    }
}
