package cn.leavedesk.domain;

/** 全体会议, 常务会议, 专题会议, 市长办公会议/市长碰头会议. */
public enum MeetingType {
    PLENARY,
    EXECUTIVE,
    SPECIAL,
    MAYOR_OFFICE
}
