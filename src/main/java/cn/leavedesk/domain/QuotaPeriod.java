package cn.leavedesk.domain;

/** The periods a quota on trips abroad limits them over: the calendar year, the term of office, two years. */
public enum QuotaPeriod {
    YEAR, TERM, TWO_YEARS
}
