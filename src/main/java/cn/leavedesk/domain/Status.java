package cn.leavedesk.domain;

/** Cancelled absences never count toward anything. */
public enum Status {
    ACTIVE,
    CANCELLED
}
