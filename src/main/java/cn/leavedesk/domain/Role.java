package cn.leavedesk.domain;

/** The positions the five work rules distinguish. */
public enum Role {
    MAYOR,
    EXECUTIVE_VICE_MAYOR,
    VICE_MAYOR,
    SECRETARY_GENERAL,
    DEPUTY_SECRETARY_GENERAL,
    PARTY_GROUP_MEMBER,
    OFFICE_DIRECTOR,
    DEPARTMENT_HEAD,
    DISTRICT_HEAD
}
