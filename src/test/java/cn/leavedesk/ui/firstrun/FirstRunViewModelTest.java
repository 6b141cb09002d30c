package cn.leavedesk.ui.firstrun;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.TestRulebookCatalog;
import cn.leavedesk.ui.data.StoreDemoData;
import cn.leavedesk.ui.firstrun.FirstRunViewModel.Field;
import cn.leavedesk.ui.firstrun.FirstRunViewModel.Start;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private final List<Start> started = new ArrayList<>();
    private FirstRunViewModel viewModel;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("new.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        viewModel = new FirstRunViewModel(new SettingsService(db), new TestRulebookCatalog(),
                new StoreDemoData(new DemoDataService(db, new RulebookService(),
                        new ChainPlanner(CalendarLoader.standard())), java.time.Clock.systemDefaultZone()),
                new SyncTaskExecutor(), new RecordingDialogService(), db.file(), started::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyDatabaseNeedsTheFirstRunAndNothingIsStoredUntilEveryAnswerIsThere() {
        assertThat(new SettingsService(db).needsFirstRun()).isTrue();
        viewModel.officeNameProperty().set("某市人民政府办公室");

        assertThat(viewModel.problem(Field.CLERK).get()).isEmpty();
        assertThat(viewModel.finish()).isFalse();

        assertThat(viewModel.problem(Field.CLERK).get()).isEqualTo(tr("firstRun.problem.required", tr("firstRun.clerk")));
        assertThat(viewModel.problem(Field.RULEBOOK).get()).isEqualTo(tr("firstRun.problem.rulebook"));
        assertThat(db.settings().all()).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void theAnswersAreStoredAndTheDemoOfficeFollowsTheChosenCity() {
        viewModel.rulebookProperty().set(viewModel.rulebooks().get(3));
        viewModel.officeNameProperty().set("绍兴市人民政府办公室");
        viewModel.clerkNameProperty().set("张晓燕");
        viewModel.startProperty().set(Start.DEMO);

        assertThat(viewModel.finish()).isTrue();

        assertThat(started).containsExactly(Start.DEMO);
        assertThat(db.settings().get(SettingsRepository.RULEBOOK)).contains("shaoxing");
        assertThat(db.settings().get(SettingsRepository.OFFICE_NAME)).contains("绍兴市人民政府办公室");
        assertThat(db.settings().get(SettingsRepository.CLERK_NAME)).contains("张晓燕");
        assertThat(db.people().all()).hasSize(24);
        assertThat(db.audit().recent(100)).anySatisfy(e -> assertThat(e.actor()).isEqualTo("张晓燕"));
        assertThat(new SettingsService(db).needsFirstRun()).isFalse();
    }
}
