package cn.leavedesk.ui;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.collections.ObservableList;

/**
 * The register as the client shows it. The store adapter keeps the list current; it changes the list on
 * the JavaFX application thread only, because tables are bound to it directly.
 */
public interface RegisterSource {
    /**
     * Rows a simple source keeps in memory. The store's source keeps none: the register screen reads its own pages
     * ({@code RegisterService.page}), and nothing else needs the rows, so a million-row office is never held here.
     */
    ObservableList<RegisterEntry> entries();

    /** How many records the register holds in all; more than {@code entries().size()} when only the newest are kept. */
    ReadOnlyLongProperty storedCount();

    /**
     * Changes each time the register has been read again after a change, even when the number of records stayed
     * the same (an amendment, a cancellation, verdicts recorded in the background): screens reload on it.
     */
    default ReadOnlyLongProperty changes() {
        return storedCount();
    }

    /** Reads the register again (after a load or a change); returns at once, the list follows later. */
    void refresh();
}
