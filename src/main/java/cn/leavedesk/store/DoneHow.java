package cn.leavedesk.store;

/** How an approval or report was obtained: in writing (书面) or by word of mouth (口头). */
public enum DoneHow {
    WRITTEN,
    ORAL
}
