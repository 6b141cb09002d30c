package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.ui.interim.InMemoryRegister;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoadDemoDataCommandTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final InMemoryRegister register = new InMemoryRegister(clock, Runnable::run);
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private LoadDemoDataCommand command(DemoData demo) {
        return new LoadDemoDataCommand(demo, register, dialogs, new SyncTaskExecutor());
    }

    @Test
    void emptyRegisterIsFilledWithoutAskingAndTheClerkIsTold() {
        command(register).execute();

        assertThat(register.entries()).isNotEmpty();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(dialogs.notifications).containsExactly(tr("demo.loaded", 8, register.entries().size()));
    }

    @Test
    void filledRegisterIsReplacedOnlyAfterConfirmation() {
        command(register).execute();
        int before = register.entries().size();
        dialogs.answeringConfirmationsWith(false);

        command(register).execute();

        assertThat(dialogs.confirmations).containsExactly(tr("demo.confirm.message", before));
        assertThat(dialogs.notifications).hasSize(1);
    }

    @Test
    void loadingTwiceReplacesRatherThanDuplicates() {
        command(register).execute();
        int once = register.entries().size();

        command(register).execute();

        assertThat(register.entries()).hasSize(once);
    }

    @Test
    void failureShowsShortMessageAndFreesTheCommand() {
        LoadDemoDataCommand failing = command(() -> {
            throw new IllegalStateException("store locked");
        });

        failing.execute();

        assertThat(dialogs.errors).containsExactly(tr("demo.failed.message"));
        assertThat(failing.runningProperty().get()).isFalse();
    }
}
