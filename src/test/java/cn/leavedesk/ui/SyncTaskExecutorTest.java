package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncTaskExecutorTest {
    private final SyncTaskExecutor executor = new SyncTaskExecutor();

    @Test
    void resultReachesSuccessHandlerBeforeExecuteReturns() {
        List<String> seen = new ArrayList<>();

        TaskExecutor.Cancellable handle = executor.execute(BackgroundTask.of(p -> "done").onSuccess(seen::add));

        assertThat(seen).containsExactly("done");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void failureReachesFailureHandler() {
        List<Exception> seen = new ArrayList<>();

        executor.execute(BackgroundTask.of(p -> {
            throw new IllegalArgumentException("bad");
        }).onFailure(seen::add));

        assertThat(seen).singleElement().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unhandledFailureIsNotSwallowed() {
        assertThatThrownBy(() -> executor.execute(BackgroundTask.of(p -> {
            throw new IllegalArgumentException("bad");
        }))).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
