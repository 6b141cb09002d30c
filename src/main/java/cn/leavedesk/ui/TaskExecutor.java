package cn.leavedesk.ui;

/** Runs slow work away from the JavaFX thread. */
public interface TaskExecutor {
    <T> Cancellable execute(BackgroundTask<T> task);

    /** A handle on submitted work. */
    interface Cancellable {
        void cancel();

        boolean isDone();
    }
}
