package cn.leavedesk.store;

/** The record a change refers to does not exist (an unknown person, absence, meeting or step). */
public final class RecordNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;

    public RecordNotFoundException(String entity, String id) {
        super("NOT_FOUND",
                "找不到编号为 " + id + " 的" + EntityNames.chinese(entity) + "，本次未写入任何数据。",
                "No " + entity + " with id " + id + " exists; nothing was written.");
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
