package cn.leavedesk.service;

/** What is owed once the person is back (lifecycle-contract.md): 销假, and a written report where a rule asks. */
public enum DutyKind {
    CANCEL_LEAVE,
    WRITTEN_REPORT
}
