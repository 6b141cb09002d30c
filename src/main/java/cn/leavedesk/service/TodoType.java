package cn.leavedesk.service;

/** The kinds of to-do items (lifecycle-contract.md), for ACTIVE absences only. */
public enum TodoType {
    /** A chain step not done whose due day is before the day asked about. */
    STEP_OVERDUE,
    /** A chain step not done, due that day or within the next three working days. */
    STEP_DUE,
    /** 销假 was due before the day and no return is recorded. */
    RETURN_NOT_RECORDED,
    /** A written report was due before the day and has not been handed in. */
    REPORT_OVERDUE,
    /** A day in the next 30 on which the mayor and whoever would preside are both recorded away. */
    NO_ONE_PRESIDING
}
