package cn.leavedesk.domain;

public enum Severity {
    WARNING,
    VIOLATION
}
