package cn.leavedesk.ui.data;

import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.RegisterSource;
import cn.leavedesk.ui.TaskExecutor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * What the other screens need to know of the register, read through the {@link TaskExecutor}: how many records it
 * holds, and that it changed. It keeps no rows: the register screen reads its own pages, and holding the newest
 * thousands here (as an earlier version did) cost every refresh, and the start-up, a read of 5,000 full absences for
 * nobody.
 */
public final class StoreRegister implements RegisterSource {
    private final RegisterService service;
    private final TaskExecutor tasks;
    private final ReadOnlyLongWrapper storedCount = new ReadOnlyLongWrapper(this, "storedCount", NOT_COUNTED);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    /** Only the newest request may change the count, whichever finishes last. */
    private long generation;

    public StoreRegister(RegisterService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
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
        boolean first = storedCount.get() == NOT_COUNTED;
        storedCount.set(count);
        // the first count after start-up is no change: the screens read the register themselves as they opened
        if (!first) {
            changes.set(changes.get() + 1);
        }
    }
}
