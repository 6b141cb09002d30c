package cn.leavedesk.store;

import cn.leavedesk.domain.Message;

/** The stored entities as the audit log records them, and their names in messages ({@code store.entity.*}). */
final class EntityNames {
    static final String PERSON = "person";
    static final String ABSENCE = "absence";
    static final String MEETING = "meeting";
    static final String STEP = "chain step";
    static final String ATTACHMENT = "attachment";

    private EntityNames() {
    }

    static Message named(String entity) {
        return Message.of(switch (entity) {
            case PERSON -> "store.entity.person";
            case ABSENCE -> "store.entity.absence";
            case MEETING -> "store.entity.meeting";
            case STEP -> "store.entity.step";
            case ATTACHMENT -> "store.entity.attachment";
            default -> "store.entity.record";
        });
    }
}
