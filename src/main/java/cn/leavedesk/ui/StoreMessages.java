package cn.leavedesk.ui;

import cn.leavedesk.service.Failures;
import java.util.Optional;

/**
 * The store words its failures for a clerk ("the file is in use by another window", "the disk is full"); this picks
 * the sentence in the client's language out of a failure, if the store is behind it, through {@link Failures}.
 */
public final class StoreMessages {
    private StoreMessages() {
    }

    public static Optional<String> forClerk(Throwable failure) {
        return Failures.forClerk(failure, I18n.current().locale());
    }
}
