package cn.leavedesk.domain.lifecycle;

/** How an approval or report was obtained: in writing (书面), by word of mouth (口头) or in person (当面). */
public enum DoneHow {
    WRITTEN,
    ORAL,
    IN_PERSON
}
