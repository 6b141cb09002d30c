package cn.leavedesk.ui.data;

import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the automatic daily backup on a thread of its own once the client is usable, and asks again every hour
 * while it stays open for days (the store skips it when today's exists). A failure is
 * logged, never shown mid-work; the next hour tries again.
 */
public final class DailyBackup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);
    private final ScheduledExecutorService timer;

    private DailyBackup(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static DailyBackup start(Database database) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "leavedesk-daily-backup");
            thread.setDaemon(true);
            return thread;
        });
        if (!database.isReadOnly()) {
            timer.scheduleWithFixedDelay(() -> runOnce(database), 0, 60, TimeUnit.MINUTES);
        }
        return new DailyBackup(timer);
    }

    static void runOnce(Database database) {
        try {
            database.backups().automaticIfDue().ifPresent(path -> LOG.info("Daily backup written to {}", path));
        } catch (StoreException e) {
            LOG.warn("Daily backup failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
