package cn.leavedesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;

/**
 * Runs tasks on a small pool of daemon threads and reports back on the JavaFX thread. {@link #execute} is
 * called from the JavaFX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Thread.UncaughtExceptionHandler unhandledFailures;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private int running;

    private static final Cancellable CLOSED = new Cancellable() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };

    public FxTaskExecutor(Thread.UncaughtExceptionHandler unhandledFailures) {
        this.unhandledFailures = unhandledFailures;
        this.pool = Executors.newFixedThreadPool(2, new DaemonThreads());
    }

    @Override
    public <T> Cancellable execute(BackgroundTask<T> background) {
        if (pool.isShutdown()) {
            // The client is closing: a screen that refreshes as it goes (the to-do list on being shown) has
            // nothing left to show its result on.
            return CLOSED;
        }
        FxTask<T> task = new FxTask<>(background.work());
        task.setOnScheduled(e -> changeRunning(1));
        task.setOnSucceeded(e -> {
            changeRunning(-1);
            background.successHandler().accept(task.getValue());
        });
        task.setOnCancelled(e -> changeRunning(-1));
        task.setOnFailed(e -> {
            changeRunning(-1);
            Exception failure = task.getException() instanceof Exception ex ? ex : new RuntimeException(task.getException());
            background.failureHandler().ifPresentOrElse(handler -> handler.accept(failure),
                    () -> unhandledFailures.uncaughtException(Thread.currentThread(), failure));
        });
        progress.bind(task.progressProperty());
        pool.execute(task);
        return new Cancellable() {
            @Override
            public void cancel() {
                task.cancel();
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    private void changeRunning(int delta) {
        running += delta;
        busy.set(running > 0);
    }

    /** True while any task runs; the status bar shows a spinner. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of the most recently started task, -1 when it cannot tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public void shutdown() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A JavaFX task that is also the work's progress sink ({@code isCancelled} comes from FutureTask). */
    private static final class FxTask<T> extends Task<T> implements BackgroundTask.Progress {
        private final BackgroundTask.Work<T> work;

        FxTask(BackgroundTask.Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "leavedesk-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
