package cn.leavedesk.ui;

/** Runs each task at once on the calling thread; for tests and for the command line. */
public final class SyncTaskExecutor implements TaskExecutor {
    private static final BackgroundTask.Progress NO_PROGRESS = new BackgroundTask.Progress() {
        @Override
        public void update(long done, long total) {
            // nobody watches synchronous work
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Override
    public <T> Cancellable execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call(NO_PROGRESS);
        } catch (Exception e) {
            task.failureHandler().orElseThrow(() -> new IllegalStateException("background task failed", e))
                    .accept(e);
            return Done.INSTANCE;
        }
        task.successHandler().accept(result);
        return Done.INSTANCE;
    }

    private enum Done implements Cancellable {
        INSTANCE;

        @Override
        public void cancel() {
            // already finished
        }

        @Override
        public boolean isDone() {
            return true;
        }
    }
}
