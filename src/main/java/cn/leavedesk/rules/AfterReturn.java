package cn.leavedesk.rules;

import cn.leavedesk.domain.Party;
import java.util.List;

/**
 * What is owed once the person is back: cancelling the leave (销假) and, where the rule asks, a written
 * report to the listed parties. Not part of the advance chain; the register tracks it.
 */
public record AfterReturn(boolean cancelLeave, List<Party> writtenReportTo, LocalizedText when) {
    public AfterReturn {
        writtenReportTo = List.copyOf(writtenReportTo);
    }
}
