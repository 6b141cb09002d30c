package cn.leavedesk.domain.lifecycle;

/** Where a stored absence row stands now. */
public enum AbsenceState {
    ACTIVE,
    CANCELLED,
    /** An amendment (变更) replaced this version; the newer row carries the figures. */
    SUPERSEDED
}
