package cn.leavedesk.ui;

import cn.leavedesk.store.StoreException;
import java.util.Optional;

/**
 * The store words its failures for a clerk ("the file is in use by another window", "the disk is full"); this picks
 * the sentence in the client's language out of a failure, if the store is behind it.
 */
public final class StoreMessages {
    private StoreMessages() {
    }

    public static Optional<String> forClerk(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException store) {
                return Optional.of(store.message(I18n.current().locale()));
            }
        }
        return Optional.empty();
    }
}
