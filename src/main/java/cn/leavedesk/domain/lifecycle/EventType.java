package cn.leavedesk.domain.lifecycle;

/** Things that happen to an absence, each stored as a new {@code absence_event} row. */
public enum EventType {
    FILED,
    STEP_DONE,
    /** A tick made by mistake was taken back; the STEP_DONE before it stays in the history. */
    STEP_UNDONE,
    DEPARTED,
    AMENDED,
    RETURNED,
    REPORT_SUBMITTED,
    CANCELLED,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED
}
