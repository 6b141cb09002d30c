package cn.leavedesk.store;

/** A record with this id is already stored; nothing was written. */
public final class DuplicateIdException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;

    public DuplicateIdException(String entity, String id) {
        super("DUPLICATE_ID",
                EntityNames.chinese(entity) + "编号 " + id + " 已经存在，本次未写入任何数据。请换一个编号，或修改已有记录。",
                "A " + entity + " with id " + id + " already exists; nothing was written. Use another id or change"
                        + " the existing record.");
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
