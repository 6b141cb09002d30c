package cn.leavedesk.ui.importing;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.RequiredFact;
import cn.leavedesk.domain.importing.SuppliedFacts;
import cn.leavedesk.service.ChainRecording;
import cn.leavedesk.service.ImportFile;
import cn.leavedesk.service.ImportPreview;
import cn.leavedesk.service.ImportResult;
import cn.leavedesk.service.ImportService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    private static final String HEADER = "编号,姓名,职务,分管领域,分管副市长,任期开始,任期结束,联系方式";

    @TempDir
    Path dir;
    private Database db;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger imported = new AtomicInteger();
    private ImportViewModel viewModel;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("import.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        ImportService imports = new ImportService(db, CalendarLoader.standard());
        ImportViewModel.Source source = new ImportViewModel.Source() {
            @Override
            public ImportPreview preview(List<Path> files, SuppliedFacts facts, ImportMonitor monitor) {
                return imports.preview(files.stream().map(ImportFile::detect).toList(), facts, monitor);
            }

            @Override
            public ImportResult importAll(List<Path> files, SuppliedFacts facts, ImportMonitor monitor) {
                return imports.importFiles(files.stream().map(ImportFile::detect).toList(), facts,
                        ChainRecording.RECORD, Actor.of("李文书"), monitor);
            }
        };
        viewModel = new ImportViewModel(source, new SyncTaskExecutor(), dialogs, Runnable::run,
                imported::incrementAndGet);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path gbkRoster(String badRole) throws Exception {
        return Files.write(dir.resolve("花名册.csv"), String.join("\r\n", HEADER,
                "m,王建国,市长,,,2022-01-10,2027-01-09,13900000001",
                "v1,陈静怡,副市长,外事、商务,,2022-01-10,2027-01-09,13900000003",
                "d1,刘洋," + badRole + ",,v1,,,13800000001").getBytes(Charset.forName("GBK")));
    }

    @Test
    void aBadRowIsListedWithItsRowAndColumnAndTheImportStaysShut() throws Exception {
        viewModel.addFiles(List.of(gbkRoster("处长")));

        assertThat(viewModel.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.PREVIEW);
        assertThat(viewModel.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo("花名册.csv");
            assertThat(issue.row()).isEqualTo("4");
            assertThat(issue.column()).isEqualTo("职务");
            assertThat(issue.reason()).contains("处长");
        });
        assertThat(viewModel.people()).hasSize(2);
        assertThat(viewModel.canImport().get()).isFalse();
        assertThat(viewModel.importAll()).isFalse();
        assertThat(viewModel.summaryProperty().get()).isEqualTo(tr("import.summary.problems", 1, 2, 0));
        assertThat(db.people().all()).isEmpty();
    }

    @Test
    void theFixedFileIsCheckedAgainAndImportedAllAtOnce() throws Exception {
        viewModel.addFiles(List.of(gbkRoster("处长")));
        gbkRoster("部门主要负责人");

        viewModel.check();
        assertThat(viewModel.issues()).isEmpty();
        assertThat(viewModel.canImport().get()).isTrue();
        assertThat(viewModel.importAll()).isTrue();

        assertThat(db.people().all()).hasSize(3);
        assertThat(viewModel.files()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEqualTo(tr("import.summary.done", 3, 0));
        assertThat(dialogs.notifications).containsExactly(tr("import.done", 3, 0));
        assertThat(imported).hasValue(1);
    }

    @Test
    void onlyTablesAreTakenFromADrop() throws Exception {
        Path text = Files.writeString(dir.resolve("说明.txt"), "x");

        viewModel.addFiles(List.of(text, gbkRoster("市长")));

        assertThat(viewModel.files()).extracting(p -> p.getFileName().toString()).containsExactly("花名册.csv");
    }

    @Test
    void aMissingScopeColumnIsAskedForAndTheAnswerLetsTheFileIn() throws Exception {
        viewModel.addFiles(List.of(gbkRoster("部门主要负责人")));
        viewModel.importAll();
        Path trips = Files.write(dir.resolve("外出登记.csv"), String.join("\r\n",
                "编号,人员,类型,出发日期,返回日期,目的地",
                "a1,v1,出差,2026-03-02,2026-03-04,北京",
                "a2,d1,出差,2026-04-07,2026-04-08,上海").getBytes(Charset.forName("GBK")));

        viewModel.addFiles(List.of(trips));

        assertThat(viewModel.questions()).singleElement().satisfies(q -> {
            assertThat(q.fact()).isEqualTo(RequiredFact.SCOPE);
            assertThat(q.missing().rows()).containsExactly(2, 3);
        });
        assertThat(viewModel.canImport().get()).isFalse();
        viewModel.questions().get(0).forColumnProperty().set(Scope.OUTSIDE_PROVINCE);
        viewModel.applyAnswers();

        assertThat(viewModel.questions()).isEmpty();
        assertThat(viewModel.issues()).isEmpty();
        assertThat(viewModel.absences()).extracting(r -> r.value().scope())
                .containsExactly(Scope.OUTSIDE_PROVINCE, Scope.OUTSIDE_PROVINCE);
        assertThat(viewModel.importAll()).isTrue();
        assertThat(db.absences().find("a2")).hasValueSatisfying(a ->
                assertThat(a.absence().scope()).isEqualTo(Scope.OUTSIDE_PROVINCE));
    }
}
