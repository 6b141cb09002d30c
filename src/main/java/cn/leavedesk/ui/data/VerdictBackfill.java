package cn.leavedesk.ui.data;

import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.service.VerdictService;
import cn.leavedesk.store.StoreException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the absences stored without a verdict (imported before schema V7, or in an import too large to check on the
 * spot) their verdict, on a thread of its own once the client is usable: a batch at a time, newest first, each batch
 * its own short transaction so the screens' reads go between them. When it has recorded any, the register is read
 * again so the column fills in. A read-only window checks nothing. See decision 0022.
 */
public final class VerdictBackfill implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VerdictBackfill.class);
    /** Absences per transaction: about a tenth of a second of checking on an office PC. */
    static final int BATCH = 200;
    /** A pause between batches, so the clerk's own reads and writes never queue behind the check for long. */
    private static final long PAUSE_MILLIS = 50;

    private final ExecutorService thread;

    private VerdictBackfill(ExecutorService thread) {
        this.thread = thread;
    }

    /**
     * @param rulebook the office's rulebook, asked for once when the work starts
     * @param changed  run on the JavaFX thread when verdicts were recorded
     */
    public static VerdictBackfill start(VerdictService verdicts, boolean readOnly, Supplier<Rulebook> rulebook,
                                        Runnable changed) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "leavedesk-verdicts");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        if (!readOnly) {
            thread.execute(() -> run(verdicts, rulebook, changed));
        }
        return new VerdictBackfill(thread);
    }

    static int run(VerdictService verdicts, Supplier<Rulebook> rulebook, Runnable changed) {
        VerdictService.Progress progress = VerdictService.Progress.start();
        try {
            Rulebook book = rulebook.get();
            while (!progress.done() && !Thread.currentThread().isInterrupted()) {
                progress = verdicts.checkNext(book, progress, BATCH);
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreException | IllegalStateException e) {
            LOG.warn("Checking the absences without a verdict stopped: {}", e.getMessage(), e);
        }
        if (progress.checked() > 0) {
            LOG.info("Verdicts recorded for {} absences stored without one", progress.checked());
            Platform.runLater(changed);
        }
        return progress.checked();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
