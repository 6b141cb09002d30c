package cn.leavedesk.ui.main;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.TestRulebookCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final Path database = Path.of("/data/office.db");
    private final AppState state = new AppState(database, ClerkSettings.defaults());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final MainViewModel viewModel = new MainViewModel(state, new TestRulebookCatalog(), dialogs);

    @Test
    void opensOnTheRegister() {
        assertThat(viewModel.screenProperty().get()).isEqualTo(Screen.REGISTER);
    }

    @Test
    void statusBarNamesDatabaseRulebookAndMissingClerk() {
        assertThat(viewModel.databaseText()).isEqualTo(tr("status.database", database));
        assertThat(viewModel.rulebookText().get()).isEqualTo(tr("status.rulebook", TestRulebookCatalog.WUHAN));
        assertThat(viewModel.clerkText().get()).isEqualTo(tr("status.clerk.unset"));
    }

    @Test
    void statusBarFollowsSavedSettings() {
        state.settingsProperty().set(new ClerkSettings("张晓燕", "yueqing"));

        assertThat(viewModel.rulebookText().get()).isEqualTo(tr("status.rulebook", TestRulebookCatalog.YUEQING));
        assertThat(viewModel.clerkText().get()).isEqualTo(tr("status.clerk", "张晓燕"));
    }

    @Test
    void unknownRulebookIdIsShownAsIs() {
        state.settingsProperty().set(new ClerkSettings("", "ningbo"));

        assertThat(viewModel.rulebookText().get()).isEqualTo(tr("status.rulebook", "ningbo"));
    }

    @Test
    void aboutOpensAnInformationDialog() {
        viewModel.showAbout();

        assertThat(dialogs.informations).containsExactly(tr("about.message"));
    }
}
