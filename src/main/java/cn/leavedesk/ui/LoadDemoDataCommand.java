package cn.leavedesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "载入演示数据": asks first when the register already has records, loads in the background, and tells the
 * clerk what was loaded. Shared by the menu, the empty register and the settings screen.
 */
public final class LoadDemoDataCommand {
    private static final Logger LOG = LoggerFactory.getLogger(LoadDemoDataCommand.class);

    private final DemoData demoData;
    private final RegisterSource register;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public LoadDemoDataCommand(DemoData demoData, RegisterSource register, DialogService dialogs, TaskExecutor tasks) {
        this.demoData = demoData;
        this.register = register;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    public void execute() {
        if (running.get()) {
            return;
        }
        int existing = register.entries().size();
        if (existing > 0 && !dialogs.confirm(I18n.tr("demo.confirm.title"), I18n.tr("demo.confirm.message", existing))) {
            return;
        }
        running.set(true);
        tasks.execute(BackgroundTask.of(progress -> demoData.load())
                .onSuccess(summary -> {
                    running.set(false);
                    dialogs.notify(I18n.tr("demo.loaded", summary.people(), summary.absences()));
                })
                .onFailure(e -> {
                    running.set(false);
                    LOG.error("Loading the demo data failed", e);
                    dialogs.showError(I18n.tr("demo.failed.title"), I18n.tr("demo.failed.message"));
                }));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
