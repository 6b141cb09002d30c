package cn.leavedesk.service;

import cn.leavedesk.store.StoreException;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentence a clerk reads for a failure the store is behind ("the file is in use by another window", "the disk
 * is full"), found along the failure's causes; the client gets the words without knowing the store's exceptions.
 */
public final class Failures {
    private Failures() {
    }

    /** The store's sentence in Chinese, or English for an English locale; empty when the store is not behind it. */
    public static Optional<String> forClerk(Throwable failure, Locale locale) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException store) {
                return Optional.of(store.message(locale));
            }
        }
        return Optional.empty();
    }
}
