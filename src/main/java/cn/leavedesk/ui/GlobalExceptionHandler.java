package cn.leavedesk.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for anything nobody caught: the stack trace goes to the log, the clerk gets one short
 * message that says where the log is. While that message is open, further failures are only logged, so
 * a failure that repeats on every frame cannot bury the window in dialogs.
 */
public final class GlobalExceptionHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    private final DialogService dialogs;
    private final Executor uiThread;
    private final Path logFile;
    private final AtomicBoolean showing = new AtomicBoolean();

    public GlobalExceptionHandler(DialogService dialogs, Executor uiThread, Path logFile) {
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.logFile = logFile;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error in thread {}", thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        // Deferred: an alert cannot open during layout or animation, where many failures happen.
        uiThread.execute(() -> {
            try {
                dialogs.showError(I18n.tr("error.unexpected.title"), I18n.tr("error.unexpected.message", logFile));
            } catch (RuntimeException e) {
                LOG.error("Could not show the error message", e);
            } finally {
                showing.set(false);
            }
        });
    }
}
