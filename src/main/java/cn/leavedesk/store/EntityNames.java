package cn.leavedesk.store;

/** Chinese names of the stored entities, for messages. */
final class EntityNames {
    static final String PERSON = "person";
    static final String ABSENCE = "absence";
    static final String MEETING = "meeting";
    static final String STEP = "chain step";
    static final String ATTACHMENT = "attachment";

    private EntityNames() {
    }

    static String chinese(String entity) {
        return switch (entity) {
            case PERSON -> "人员";
            case ABSENCE -> "外出记录";
            case MEETING -> "会议";
            case STEP -> "审批步骤";
            case ATTACHMENT -> "附件";
            default -> "记录";
        };
    }
}
