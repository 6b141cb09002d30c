package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxTaskExecutorTest {

    @Test
    void workAskedForAfterShutdownIsDroppedWithoutAnError() {
        List<Throwable> unhandled = new ArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor((thread, failure) -> unhandled.add(failure));
        executor.shutdown();

        TaskExecutor.Cancellable handle = executor.execute(BackgroundTask.of(p -> "late"));

        assertThat(handle.isDone()).isTrue();
        assertThat(unhandled).isEmpty();
    }
}
