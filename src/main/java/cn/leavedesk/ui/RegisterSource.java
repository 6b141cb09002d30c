package cn.leavedesk.ui;

import javafx.beans.property.ReadOnlyLongProperty;

/**
 * How many records the register holds, kept current by the store adapter: screens listen to it to read again
 * after a load or a change elsewhere. The register screen reads its own pages; this holds no rows.
 */
public interface RegisterSource {
    /** What {@link #storedCount()} holds until the first count after start-up has been read. */
    long NOT_COUNTED = -1;

    /**
     * How many records the register holds in all, changed on the JavaFX application thread only;
     * {@link #NOT_COUNTED} until the first count is in.
     */
    ReadOnlyLongProperty storedCount();

    /** Counts the register again (after a load or a change); returns at once, the count follows later. */
    void refresh();
}
