package cn.leavedesk.store;

/** Things that happen to an absence, each stored as a new {@code absence_event} row. */
public enum EventType {
    FILED,
    STEP_DONE,
    DEPARTED,
    AMENDED,
    RETURNED,
    REPORT_SUBMITTED,
    CANCELLED
}
