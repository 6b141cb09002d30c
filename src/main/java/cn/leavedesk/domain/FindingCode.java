package cn.leavedesk.domain;

public enum FindingCode {
    LATE_FILING,
    ABROAD_YEAR_LIMIT,
    ABROAD_TERM_LIMIT,
    ABROAD_TWO_YEAR_LIMIT,
    TOO_MANY_COUNTRIES,
    TOO_MANY_DAYS_ABROAD,
    MISSING_FIELD,
    NO_ONE_PRESIDING,
    OVERLAPPING_ABSENCE,
    CALENDAR_UNKNOWN,
    TERM_UNKNOWN,
    RULEBOOK_INCOMPLETE,
    /** Beyond the contract list: too few members left for a meeting to be held (Hegang 第三十七条). */
    QUORUM_AT_RISK
}
