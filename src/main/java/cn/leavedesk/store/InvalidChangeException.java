package cn.leavedesk.store;

import cn.leavedesk.domain.Message;

/**
 * A change that the record's history does not allow: amending a cancelled absence, cancelling twice, a return day
 * before the departure day, marking a step done twice.
 */
public final class InvalidChangeException extends StoreException {
    private static final long serialVersionUID = 1L;

    public InvalidChangeException(String code, Message message) {
        super(code, message);
    }
}
