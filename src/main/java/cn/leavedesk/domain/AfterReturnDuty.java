package cn.leavedesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the person owes once back (Hegang 第五十二条（四）): cancelling the leave (销假) and, after a
 * superior's meeting or activity, a written report to the listed parties.
 *
 * @param condition when the written report is owed, in the clerk's language (empty when always)
 */
public record AfterReturnDuty(boolean cancelLeave, List<Party> writtenReportTo, String condition, String article) {
    public AfterReturnDuty {
        writtenReportTo = List.copyOf(writtenReportTo);
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(article, "article");
    }
}
