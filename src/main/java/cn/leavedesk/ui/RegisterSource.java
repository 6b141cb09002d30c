package cn.leavedesk.ui;

import javafx.collections.ObservableList;

/**
 * The register as the client shows it. The store adapter keeps the list current; it changes the list on
 * the JavaFX application thread only, because tables are bound to it directly.
 */
public interface RegisterSource {
    ObservableList<RegisterEntry> entries();
}
