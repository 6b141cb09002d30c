package cn.leavedesk.store;

public enum StepState {
    PENDING,
    DONE
}
