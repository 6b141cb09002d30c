package cn.leavedesk.ui.data;

import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.RegisterSource;
import cn.leavedesk.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The register's count read from the database through the {@link TaskExecutor}. It holds no rows: the register
 * screen reads its own pages, and reading rows here as well only held the first page up at start-up.
 */
public final class StoreRegister implements RegisterSource {
    private final RegisterService service;
    private final TaskExecutor tasks;
    private final ReadOnlyLongWrapper storedCount = new ReadOnlyLongWrapper(this, "storedCount", NOT_COUNTED);
    /** Only the newest request may change the count, whichever finishes last. */
    private long generation;
    private final List<Runnable> whenFirstCounted = new ArrayList<>();
    private boolean counted;

    public StoreRegister(RegisterService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @Override
    public ReadOnlyLongProperty storedCount() {
        return storedCount.getReadOnlyProperty();
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
        if (!counted) {
            counted = true;
            whenFirstCounted.forEach(Runnable::run);
            whenFirstCounted.clear();
        }
    }

    /** Runs {@code action} on the JavaFX thread once the first count is in (at once if it already is). */
    public void whenFirstCounted(Runnable action) {
        if (counted) {
            action.run();
        } else {
            whenFirstCounted.add(action);
        }
    }
}
