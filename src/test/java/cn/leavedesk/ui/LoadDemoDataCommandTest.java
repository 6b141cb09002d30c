package cn.leavedesk.ui;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.store.ReadOnlyDatabaseException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LoadDemoDataCommandTest {
    private final ListRegister register = new ListRegister();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    /** Adds two records the first time, and answers "already loaded" after that, as the demo service does. */
    private final DemoData demo = () -> {
        if (!register.store.isEmpty()) {
            return new DemoData.AlreadyLoaded();
        }
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (String id : new String[] {"a1", "a2"}) {
            register.store.add(Absence.builder(id, "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, day, day).build());
        }
        return new DemoData.Loaded(1, 2);
    };

    private LoadDemoDataCommand command(DemoData data) {
        return new LoadDemoDataCommand(data, register, dialogs, new SyncTaskExecutor());
    }

    @Test
    void emptyRegisterIsFilledWithoutAskingAndTheClerkIsTold() {
        command(demo).execute();

        assertThat(register.storedCount().get()).isEqualTo(2);
        assertThat(register.refreshes).isEqualTo(1);
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(dialogs.notifications).containsExactly(tr("demo.loaded", 1, 2));
    }

    @Test
    void aFilledRegisterIsAddedToOnlyAfterConfirmation() {
        command(demo).execute();
        dialogs.answeringConfirmationsWith(false);

        command(demo).execute();

        assertThat(dialogs.confirmations).containsExactly(tr("demo.confirm.message", 2));
        assertThat(dialogs.notifications).hasSize(1);
        assertThat(register.refreshes).isEqualTo(1);
    }

    @Test
    void loadingTwiceSaysTheDemoIsThereAndAddsNothing() {
        command(demo).execute();

        command(demo).execute();

        assertThat(register.storedCount().get()).isEqualTo(2);
        assertThat(dialogs.informations).containsExactly(tr("demo.already.message"));
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

    @Test
    void aStoreFailureIsExplainedInTheStoresOwnWords() {
        ReadOnlyDatabaseException readOnly = new ReadOnlyDatabaseException(Path.of("office.db"));

        command(() -> {
            throw readOnly;
        }).execute();

        assertThat(dialogs.errors).containsExactly(tr("demo.failed.because", readOnly.getMessage()));
    }
}
