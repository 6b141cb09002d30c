package cn.leavedesk.store;

import cn.leavedesk.domain.Message;

/** A record with this id is already stored; nothing was written. */
public final class DuplicateIdException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;

    public DuplicateIdException(String entity, String id) {
        super("DUPLICATE_ID", Message.of("store.duplicateId", id, EntityNames.named(entity)));
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
