package cn.leavedesk.ui.settings;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.MemorySettingsStore;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.TestRulebookCatalog;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private final MemorySettingsStore store = new MemorySettingsStore(ClerkSettings.defaults());
    private final AppState state = new AppState(Path.of("test.db"), ClerkSettings.defaults());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SettingsViewModel viewModel = new SettingsViewModel(store, new TestRulebookCatalog(), state, dialogs,
            new SyncTaskExecutor());

    @Test
    void offersTheFiveRulebooksAndStartsOnTheSavedOne() {
        assertThat(viewModel.rulebooks()).extracting(r -> r.id())
                .containsExactly("wuhan", "hangzhou", "hegang", "shaoxing", "yueqing");
        assertThat(viewModel.rulebookProperty().get().id()).isEqualTo("wuhan");
    }

    @Test
    void blankNameCannotBeSavedAndSaysWhy() {
        viewModel.clerkNameProperty().set("   ");

        assertThat(viewModel.clerkNameProblem().get()).contains(tr("settings.clerkName.required"));
        assertThat(viewModel.canSaveBinding().get()).isFalse();
        assertThat(viewModel.save()).isFalse();
        assertThat(store.saved()).isEqualTo(ClerkSettings.defaults());
    }

    @Test
    void nameLongerThanTwentyCharactersIsRejected() {
        viewModel.clerkNameProperty().set("张".repeat(SettingsViewModel.MAX_NAME_LENGTH + 1));

        assertThat(viewModel.clerkNameProblem().get())
                .contains(tr("settings.clerkName.tooLong", SettingsViewModel.MAX_NAME_LENGTH));
    }

    @Test
    void nameWithControlCharacterIsRejected() {
        assertThat(viewModel.problemWithName("张\u0007三")).contains(tr("settings.clerkName.invalid"));
    }

    @Test
    void savingStoresTrimmedNameAndRulebookAndAppliesThemToTheSession() {
        viewModel.clerkNameProperty().set("  张晓燕 ");
        viewModel.rulebookProperty().set(viewModel.rulebooks().get(3));

        assertThat(viewModel.save()).isTrue();

        ClerkSettings expected = new ClerkSettings("张晓燕", "shaoxing");
        assertThat(store.saved()).isEqualTo(expected);
        assertThat(state.settings()).isEqualTo(expected);
        assertThat(viewModel.clerkNameProperty().get()).isEqualTo("张晓燕");
        assertThat(viewModel.changedBinding().get()).isFalse();
        assertThat(dialogs.notifications).containsExactly(tr("settings.saved"));
    }

    @Test
    void unchangedSettingsCannotBeSavedAgain() {
        viewModel.clerkNameProperty().set("张晓燕");
        viewModel.save();

        assertThat(viewModel.canSaveBinding().get()).isFalse();
    }

    @Test
    void failedWriteShowsErrorAndLeavesSessionUnchanged() {
        SettingsViewModel failing = new SettingsViewModel(
                new MemorySettingsStore(ClerkSettings.defaults()).failingWith(new IOException("disk full")),
                new TestRulebookCatalog(), state, dialogs, new SyncTaskExecutor());
        failing.clerkNameProperty().set("张晓燕");

        failing.save();

        assertThat(failing.savingProperty().get()).isFalse();
        assertThat(dialogs.errors).containsExactly(tr("settings.saveFailed.message", "disk full"));
        assertThat(state.settings()).isEqualTo(ClerkSettings.defaults());
    }

    @Test
    void aReadOnlyWindowCannotSave() {
        AppState readOnly = new AppState(Path.of("test.db"), AppState.Access.READ_ONLY, ClerkSettings.defaults());
        SettingsViewModel looking = new SettingsViewModel(store, new TestRulebookCatalog(), readOnly, dialogs,
                new SyncTaskExecutor());
        looking.clerkNameProperty().set("张晓燕");

        assertThat(looking.canSaveBinding().get()).isFalse();
        assertThat(looking.save()).isFalse();
        assertThat(store.saved()).isEqualTo(ClerkSettings.defaults());
    }

    @Test
    void revertRestoresTheSavedValues() {
        viewModel.clerkNameProperty().set("李四");
        viewModel.rulebookProperty().set(viewModel.rulebooks().get(1));

        viewModel.revert();

        assertThat(viewModel.clerkNameProperty().get()).isEmpty();
        assertThat(viewModel.rulebookProperty().get().id()).isEqualTo("wuhan");
        assertThat(viewModel.changedBinding().get()).isFalse();
    }

    @Test
    void choosingAnotherRulebookSaysWhatSavingItChanges() {
        assertThat(viewModel.rulebookChange().get()).isEmpty();

        viewModel.rulebookProperty().set(viewModel.rulebooks().get(1));

        assertThat(viewModel.rulebookChange().get()).isEqualTo(tr("settings.rulebook.change",
                TestRulebookCatalog.WUHAN, TestRulebookCatalog.HANGZHOU));
        viewModel.revert();
        assertThat(viewModel.rulebookChange().get()).isEmpty();
    }

    @Test
    void theOfficeNameIsEditedAndSavedWithTheRest() {
        viewModel.clerkNameProperty().set("张晓燕");
        viewModel.officeNameProperty().set("某市人民政府办公室");

        assertThat(viewModel.save()).isTrue();

        assertThat(store.saved().officeName()).isEqualTo("某市人民政府办公室");
        viewModel.officeNameProperty().set("办".repeat(SettingsViewModel.OFFICE_NAME_LENGTH + 1));
        assertThat(viewModel.officeNameProblem().get())
                .contains(tr("settings.officeName.tooLong", SettingsViewModel.OFFICE_NAME_LENGTH));
        assertThat(viewModel.canSaveBinding().get()).isFalse();
    }
}
