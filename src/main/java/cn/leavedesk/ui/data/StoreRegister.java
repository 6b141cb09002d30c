package cn.leavedesk.ui.data;

import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.RegisterEntry;
import cn.leavedesk.ui.RegisterSource;
import cn.leavedesk.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the other screens need to know of the register, read through the {@link TaskExecutor}: how many records it
 * holds, and that it changed. It keeps no rows: the register screen reads its own pages, and holding the newest
 * thousands here (as an earlier version did) cost every refresh a read of 5,000 full absences for nobody.
 */
public final class StoreRegister implements RegisterSource {
    private final RegisterService service;
    private final TaskExecutor tasks;
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper storedCount = new ReadOnlyLongWrapper(this, "storedCount");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    /** Only the newest request may change the list, whichever finishes last. */
    private long generation;
    private final List<Runnable> whenFirstShown = new ArrayList<>();
    private boolean shown;

    public StoreRegister(RegisterService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
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
    public ReadOnlyLongProperty changes() {
        return changes.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        long mine = ++generation;
        tasks.execute(BackgroundTask.of(progress -> service.count(RegisterFilter.all()))
                .onSuccess(count -> {
                    if (mine == generation) {
                        show(count);
                    }
                }));
    }

    private void show(long count) {
        storedCount.set(count);
        changes.set(changes.get() + 1);
        if (!shown) {
            shown = true;
            whenFirstShown.forEach(Runnable::run);
            whenFirstShown.clear();
        }
    }

    /** Runs {@code action} on the JavaFX thread once the first page is on screen (at once if it already is). */
    public void whenFirstShown(Runnable action) {
        if (shown) {
            action.run();
        } else {
            whenFirstShown.add(action);
        }
    }
}
