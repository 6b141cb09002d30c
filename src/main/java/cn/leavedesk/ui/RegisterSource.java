package cn.leavedesk.ui;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.collections.ObservableList;

/**
 * The register as the client shows it. The store adapter keeps the list current; it changes the list on
 * the JavaFX application thread only, because tables are bound to it directly.
 */
public interface RegisterSource {
    /** The rows in memory: the newest ones, or all of them when there are not too many. */
    ObservableList<RegisterEntry> entries();

    /** How many records the register holds in all; more than {@code entries().size()} when only the newest are kept. */
    ReadOnlyLongProperty storedCount();

    /** Reads the register again (after a load or a change); returns at once, the list follows later. */
    void refresh();
}
