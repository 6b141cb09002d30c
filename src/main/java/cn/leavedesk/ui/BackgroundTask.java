package cn.leavedesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Work to run off the JavaFX thread, with what to do afterwards. The callbacks run on the JavaFX thread
 * (or on the caller's thread with {@link SyncTaskExecutor}).
 */
public final class BackgroundTask<T> {
    /** The work itself; it may report progress and should stop early once cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    public interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Optional<Consumer<Exception>> onFailure = Optional.empty();

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** Without a failure handler, the failure goes to the global exception handler. */
    public BackgroundTask<T> onFailure(Consumer<Exception> handler) {
        this.onFailure = Optional.of(handler);
        return this;
    }

    public Work<T> work() {
        return work;
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    public Optional<Consumer<Exception>> failureHandler() {
        return onFailure;
    }
}
