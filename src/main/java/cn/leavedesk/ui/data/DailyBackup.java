package cn.leavedesk.ui.data;

import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the automatic daily backup going while the client stays open for days: the store takes one when the
 * database opens, and this asks again every hour (the store skips it when today's exists). A failure is
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
            timer.scheduleWithFixedDelay(() -> runOnce(database), 1, 1, TimeUnit.HOURS);
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
