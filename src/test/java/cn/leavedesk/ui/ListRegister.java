package cn.leavedesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A register over a plain list: {@link #refresh()} shows whatever {@link #store} holds, synchronously. */
public final class ListRegister implements RegisterSource {
    public final List<RegisterEntry> store = new ArrayList<>();
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper storedCount = new ReadOnlyLongWrapper();
    private int limit = Integer.MAX_VALUE;
    public int refreshes;

    /** Keeps only the first {@code rows} in memory, as the store adapter keeps the newest. */
    public ListRegister limitedTo(int rows) {
        this.limit = rows;
        return this;
    }

    @Override
    public ObservableList<RegisterEntry> entries() {
        return entries;
    }

    @Override
    public ReadOnlyLongProperty storedCount() {
        return storedCount.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        refreshes++;
        entries.setAll(store.subList(0, Math.min(limit, store.size())));
        storedCount.set(store.size());
    }
}
