package cn.leavedesk.store;

import cn.leavedesk.domain.Message;

/** The record a change refers to does not exist (an unknown person, absence, meeting or step). */
public final class RecordNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;

    public RecordNotFoundException(String entity, String id) {
        super("NOT_FOUND", Message.of("store.notFound", id, EntityNames.named(entity)));
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
