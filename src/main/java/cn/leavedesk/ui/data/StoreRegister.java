package cn.leavedesk.ui.data;

import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.service.RegisterPage;
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
 * The register read from the database through the {@link TaskExecutor}: the newest {@code limit} rows are kept in
 * memory and the search box filters those; the status line says when older rows are not loaded.
 */
public final class StoreRegister implements RegisterSource {
    private final RegisterService service;
    private final TaskExecutor tasks;
    private final int limit;
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper storedCount = new ReadOnlyLongWrapper(this, "storedCount");
    /** Only the newest request may change the list, whichever finishes last. */
    private long generation;
    private final List<Runnable> whenFirstShown = new ArrayList<>();
    private boolean shown;

    public StoreRegister(RegisterService service, TaskExecutor tasks, int limit) {
        this.service = service;
        this.tasks = tasks;
        this.limit = limit;
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
        long mine = ++generation;
        tasks.execute(BackgroundTask.of(progress -> service.newest(RegisterFilter.all(), limit))
                .onSuccess(page -> {
                    if (mine == generation) {
                        show(page);
                    }
                }));
    }

    private void show(RegisterPage page) {
        List<RegisterEntry> rows = page.rows().stream()
                .map(row -> new RegisterEntry(row.absence(), row.person()))
                .toList();
        entries.setAll(rows);
        storedCount.set(page.total());
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
