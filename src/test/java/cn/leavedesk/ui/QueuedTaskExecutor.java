package cn.leavedesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds each task until the test runs it, on the calling thread and in the order given: for tests about what a
 * screen shows while some of its work is still under way.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> waiting = new ArrayDeque<>();
    private final SyncTaskExecutor runner = new SyncTaskExecutor();
    private int ran;

    @Override
    public <T> Cancellable execute(BackgroundTask<T> task) {
        waiting.add(task);
        return new Cancellable() {
            @Override
            public void cancel() {
                waiting.remove(task);
            }

            @Override
            public boolean isDone() {
                return !waiting.contains(task);
            }
        };
    }

    /** Runs the oldest waiting task, with its success or failure handler. */
    public void runNext() {
        BackgroundTask<?> next = waiting.remove();
        ran++;
        runner.execute(next);
    }

    /** Runs tasks until none waits, those the handlers submit included. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            runNext();
        }
    }

    public int waiting() {
        return waiting.size();
    }

    /** How many tasks have run in all. */
    public int ran() {
        return ran;
    }
}
