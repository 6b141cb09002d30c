package cn.leavedesk.ui.interim;

import cn.leavedesk.ui.DemoData;
import cn.leavedesk.ui.RegisterEntry;
import cn.leavedesk.ui.RegisterSource;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A register held in memory; loading the demo replaces its contents. */
public final class InMemoryRegister implements RegisterSource, DemoData {
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final Clock clock;
    private final Executor uiThread;

    /**
     * @param uiThread where list changes happen ({@code Platform::runLater} in the client)
     */
    public InMemoryRegister(Clock clock, Executor uiThread) {
        this.clock = clock;
        this.uiThread = uiThread;
    }

    @Override
    public ObservableList<RegisterEntry> entries() {
        return entries;
    }

    @Override
    public Summary load() {
        DemoCity city = DemoCity.around(clock);
        List<RegisterEntry> rows = city.entries();
        uiThread.execute(() -> entries.setAll(rows));
        return new Summary(city.people().size(), rows.size());
    }
}
