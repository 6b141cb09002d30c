package cn.leavedesk.domain;

/** What kind of absence: 出差, 出访, 休假, 外出, 会议请假. */
public enum Kind {
    BUSINESS_TRIP,
    OFFICIAL_VISIT,
    LEAVE,
    OTHER_ABSENCE,
    MEETING_ABSENCE
}
