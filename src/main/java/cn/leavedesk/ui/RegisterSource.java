package cn.leavedesk.ui;

import javafx.beans.property.ReadOnlyLongProperty;

/**
 * How many records the register holds, and that it changed, kept current by the store adapter: screens listen to
 * {@link #changes()} to read again after a load or a change elsewhere. The register screen reads its own pages; this
 * holds no rows.
 */
public interface RegisterSource {
    /** What {@link #storedCount()} holds until the first count after start-up has been read. */
    long NOT_COUNTED = -1;

    /**
     * How many records the register holds in all, changed on the JavaFX application thread only;
     * {@link #NOT_COUNTED} until the first count is in.
     */
    ReadOnlyLongProperty storedCount();

    /**
     * Changes each time the register has been read again after a change, even when the number of records stayed
     * the same (an amendment, a cancellation, verdicts recorded in the background): screens reload on it. The first
     * count after start-up is no change: the screens have just read what it counted.
     */
    default ReadOnlyLongProperty changes() {
        return storedCount();
    }

    /** Counts the register again (after a load or a change); returns at once, the count follows later. */
    void refresh();
}
