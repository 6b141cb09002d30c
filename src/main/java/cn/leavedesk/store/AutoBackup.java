package cn.leavedesk.store;

/** Whether opening a database takes the daily automatic backup. */
public enum AutoBackup {
    DAILY,
    OFF
}
