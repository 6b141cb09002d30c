package cn.leavedesk.rules;

import cn.leavedesk.domain.Party;
import java.util.List;

/**
 * What is owed once the person is back: cancelling the leave (销假) and, where the rule asks, a written
 * report to the listed parties. Not part of the advance chain; the register tracks it.
 *
 * <p>The articles say "promptly" (及时); the working days by which each is due are the office's own settings,
 * kept here beside the rule ({@code cancelLeaveDueWorkingDays} after the planned return day,
 * {@code writtenReportDueWorkingDays} after the actual one), 1 and 5 unless the rulebook says otherwise.
 */
public record AfterReturn(boolean cancelLeave, List<Party> writtenReportTo, LocalizedText when,
                          int cancelLeaveDueWorkingDays, int writtenReportDueWorkingDays) {
    public static final int DEFAULT_CANCEL_LEAVE_DUE = 1;
    public static final int DEFAULT_WRITTEN_REPORT_DUE = 5;

    public AfterReturn {
        writtenReportTo = List.copyOf(writtenReportTo);
        if (cancelLeaveDueWorkingDays < 0 || writtenReportDueWorkingDays < 0) {
            throw new IllegalArgumentException("due working days must not be negative");
        }
    }

    public AfterReturn(boolean cancelLeave, List<Party> writtenReportTo, LocalizedText when) {
        this(cancelLeave, writtenReportTo, when, DEFAULT_CANCEL_LEAVE_DUE, DEFAULT_WRITTEN_REPORT_DUE);
    }
}
