package cn.leavedesk.domain;

/** How far the absent person goes. ABROAD includes Hong Kong, Macau and Taiwan (因公出国(境)). */
public enum Scope {
    WITHIN_CITY,
    WITHIN_PROVINCE,
    OUTSIDE_PROVINCE,
    ABROAD
}
