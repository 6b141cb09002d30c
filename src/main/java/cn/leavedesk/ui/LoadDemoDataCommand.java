package cn.leavedesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "载入演示数据": asks first when the register already has records (demo records are kept beside them and, like
 * all history, cannot be deleted), loads in the background, and tells the clerk what was loaded. Shared by the
 * menu, the empty register and the settings screen.
 */
public final class LoadDemoDataCommand {
    private static final Logger LOG = LoggerFactory.getLogger(LoadDemoDataCommand.class);

    private final DemoData demoData;
    private final RegisterSource register;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");

    public LoadDemoDataCommand(DemoData demoData, RegisterSource register, DialogService dialogs, TaskExecutor tasks) {
        this(demoData, register, dialogs, tasks, AppState.Access.READ_WRITE);
    }

    /** A read-only window offers no demo data: it could not store it. */
    public LoadDemoDataCommand(DemoData demoData, RegisterSource register, DialogService dialogs, TaskExecutor tasks,
                               AppState.Access access) {
        this.demoData = demoData;
        this.register = register;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.available.set(access == AppState.Access.READ_WRITE);
    }

    public void execute() {
        if (running.get() || !available.get()) {
            return;
        }
        long existing = register.storedCount().get();
        if (existing > 0 && !dialogs.confirm(I18n.tr("demo.confirm.title"), I18n.tr("demo.confirm.message", existing))) {
            return;
        }
        running.set(true);
        tasks.execute(BackgroundTask.of(progress -> demoData.load())
                .onSuccess(outcome -> {
                    running.set(false);
                    // Java 17 has no pattern switch; the sealed interface still keeps the cases to these two.
                    if (outcome instanceof DemoData.Loaded loaded) {
                        register.refresh();
                        dialogs.notify(I18n.tr("demo.loaded", loaded.people(), loaded.absences()));
                    } else {
                        dialogs.showInformation(I18n.tr("demo.already.title"), I18n.tr("demo.already.message"));
                    }
                })
                .onFailure(e -> {
                    running.set(false);
                    LOG.error("Loading the demo data failed", e);
                    dialogs.showError(I18n.tr("demo.failed.title"), StoreMessages.forClerk(e)
                            .map(reason -> I18n.tr("demo.failed.because", reason))
                            .orElseGet(() -> I18n.tr("demo.failed.message")));
                }));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** False in a read-only window, where the menu item and the buttons are not shown. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
