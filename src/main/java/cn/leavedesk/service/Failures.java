package cn.leavedesk.service;

import cn.leavedesk.domain.DataFileException;
import cn.leavedesk.store.StoreException;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentence a clerk reads for a failure the store is behind ("the file is in use by another window", "the disk
 * is full") or an office data file (a rulebook, a holiday schedule) that cannot be used, found along the failure's
 * causes; the client gets the words without knowing the store's exceptions.
 */
public final class Failures {
    private Failures() {
    }

    /** The sentence in Chinese, or English for an English locale; empty when neither the store nor a file is behind it. */
    public static Optional<String> forClerk(Throwable failure, Locale locale) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException store) {
                return Optional.of(store.message(locale));
            }
            if (t instanceof DataFileException file) {
                return Optional.of(file.message(locale));
            }
        }
        return Optional.empty();
    }
}
