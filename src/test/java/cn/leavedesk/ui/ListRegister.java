package cn.leavedesk.ui;

import cn.leavedesk.domain.Absence;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/** A register over a plain list: {@link #refresh()} counts whatever {@link #store} holds, synchronously. */
public final class ListRegister implements RegisterSource {
    public final List<Absence> store = new ArrayList<>();
    private final ReadOnlyLongWrapper storedCount = new ReadOnlyLongWrapper(NOT_COUNTED);
    public int refreshes;

    @Override
    public ReadOnlyLongProperty storedCount() {
        return storedCount.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        refreshes++;
        storedCount.set(store.size());
    }
}
