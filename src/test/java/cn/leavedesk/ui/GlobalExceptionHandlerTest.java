package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalExceptionHandlerTest {
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Path logFile = Path.of("/home/clerk/.local/share/leavedesk/logs/leavedesk.log");

    @Test
    void clerkSeesShortMessageNamingTheLogFileNotTheStackTrace() {
        new GlobalExceptionHandler(dialogs, Runnable::run, logFile)
                .uncaughtException(Thread.currentThread(), new IllegalStateException("internal detail"));

        assertThat(dialogs.errors).containsExactly(tr("error.unexpected.message", logFile));
        assertThat(dialogs.errors.get(0)).doesNotContain("internal detail", "IllegalStateException");
    }

    @Test
    void failuresWhileTheMessageIsPendingAreOnlyLogged() {
        List<Runnable> pending = new ArrayList<>();
        GlobalExceptionHandler handler = new GlobalExceptionHandler(dialogs, pending::add, logFile);

        handler.uncaughtException(Thread.currentThread(), new RuntimeException("first"));
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("second"));
        pending.forEach(Runnable::run);

        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void nextFailureAfterTheMessageClosedIsShownAgain() {
        GlobalExceptionHandler handler = new GlobalExceptionHandler(dialogs, Runnable::run, logFile);

        handler.uncaughtException(Thread.currentThread(), new RuntimeException("first"));
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("second"));

        assertThat(dialogs.errors).hasSize(2);
    }
}
