package cn.leavedesk.domain;

/** What a chain step asks of its party. */
public enum Action {
    /** The party must agree beforehand (请假, 同意, 批准). */
    APPROVE,
    /** The party is informed beforehand (事先报告). */
    REPORT,
    /** The party keeps it on record (报备, 备案). */
    FILE,
    /** The general office passes it on (通报, 由办公厅报告). */
    NOTIFY
}
