package cn.leavedesk.service;

/**
 * Where a chain step stands on a day: done, overdue (its due day has passed), due soon (due that day or within
 * {@link AbsenceLifecycleService#DUE_SOON_WORKING_DAYS} working days) or simply open.
 */
public enum StepStatus {
    OPEN,
    DUE_SOON,
    OVERDUE,
    DONE
}
