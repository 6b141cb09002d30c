package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Party;
import cn.leavedesk.io.RowError;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.ChainStep;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import cn.leavedesk.store.StoreOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    private static final Actor CLERK = Actor.of("李文书");
    private static WorkingCalendar calendar;

    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeAll
    static void loadCalendar() {
        calendar = CalendarLoader.standard();
    }

    @BeforeEach
    void open() throws IOException {
        db = Database.open(dir.resolve("t.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        service = new ImportService(db, calendar);
        Files.writeString(dir.resolve("roster.csv"), """
                id,name,role,supervisor
                m,王某,MAYOR,
                v1,李某,VICE_MAYOR,
                d1,赵某,DEPARTMENT_HEAD,v1
                """, StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path absences(String name, String rows) throws IOException {
        return Files.writeString(dir.resolve(name), "id,person,kind,scope,filed,depart,return\n" + rows,
                StandardCharsets.UTF_8);
    }

    private ImportResult importFiles(ChainRecording chains, Path... files) {
        return service.importFiles(List.of(files).stream().map(ImportFile::detect).toList(), chains, CLERK);
    }

    @Test
    void anAbsenceFiledLateIsStillARecordAndGetsTheRulebooksChain() throws IOException {
        // filed the day before leaving: too late under Wuhan's advance notice, but it happened and is recorded
        Path file = absences("absences.csv", "late,d1,出差,省外,2026-06-04,2026-06-05,2026-06-06\n");

        ImportResult result = importFiles(ChainRecording.RECORD, dir.resolve("roster.csv"), file);

        assertThat(result.errors()).isEmpty();
        assertThat(result).isEqualTo(new ImportResult(List.of(), 3, 1, 1));
        assertThat(db.absences().find("late")).isPresent();
        List<ChainStep> chain = db.chains().steps("late");
        assertThat(chain).isNotEmpty();
        assertThat(chain).allSatisfy(step -> assertThat(step.step().article()).contains("武政"));
        // as `check` gives for the shared example with the same dates: file by Tuesday, then notify the leaders
        assertThat(chain).extracting(step -> step.step().action(), step -> step.step().party(),
                step -> step.step().by()).containsExactly(
                tuple(Action.FILE, Party.GENERAL_OFFICE, Optional.of(LocalDate.of(2026, 6, 2))),
                tuple(Action.NOTIFY, Party.CITY_LEADERS, Optional.empty()));
    }

    @Test
    void theChainFollowsTheRulebookConfiguredForTheOffice() throws IOException {
        db.settings().put(SettingsRepository.RULEBOOK, "hegang", CLERK);
        Path file = absences("absences.csv", "h1,d1,出差,省外,2026-06-01,2026-06-03,2026-06-05\n");

        importFiles(ChainRecording.RECORD, dir.resolve("roster.csv"), file);

        assertThat(db.chains().steps("h1")).isNotEmpty()
                .allSatisfy(step -> assertThat(step.step().article()).doesNotContain("武政"));
    }

    @Test
    void chainsCanBeLeftOutAndCancelledAbsencesNeverGetOne() throws IOException {
        Path file = Files.writeString(dir.resolve("absences.csv"), """
                id,person,kind,scope,status,depart,return
                a1,d1,出差,省外,有效,2026-06-03,2026-06-05
                a2,d1,出差,省外,已取消,2026-07-03,2026-07-05
                """, StandardCharsets.UTF_8);

        ImportResult result = importFiles(ChainRecording.RECORD, dir.resolve("roster.csv"), file);
        assertThat(result.chains()).isEqualTo(1);
        assertThat(db.chains().steps("a2")).isEmpty();

        Path more = absences("more.csv", "a3,d1,出差,省外,,2026-08-03,2026-08-05\n");
        assertThat(importFiles(ChainRecording.SKIP, more).chains()).isZero();
        assertThat(db.chains().steps("a3")).isEmpty();
    }

    @Test
    void anIdGivenInTwoFilesOfOneImportIsRefusedAndNothingIsStored() throws IOException {
        Path first = absences("first.csv", "x1,d1,出差,省外,,2026-06-03,2026-06-05\n");
        Path second = absences("second.csv", "x1,m,休假,省内,,2026-07-03,2026-07-05\n");

        ImportResult result = importFiles(ChainRecording.RECORD, dir.resolve("roster.csv"), first, second);

        assertThat(result.stored()).isFalse();
        assertThat(result.errors()).extracting(RowError::file).containsExactly("second.csv");
        assertThat(result.errors().get(0).reason()).contains("x1").contains("first.csv");
        assertThat(db.people().all()).isEmpty();
        assertThat(db.absences().find("x1")).isEmpty();
    }

    @Test
    void aMissingFileIsNamedAndNothingIsStored() {
        ImportResult result = importFiles(ChainRecording.RECORD, dir.resolve("roster.csv"), dir.resolve("gone.csv"));

        assertThat(result.errors()).singleElement()
                .satisfies(e -> assertThat(e.describe()).contains("gone.csv").contains("文件不存在"));
        assertThat(db.people().all()).isEmpty();
    }

    @Test
    void absencesAlreadyStoredAreAllListedUpToALimit() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ImportService.DUPLICATES_LISTED + 5; i++) {
            rows.append("r").append(i).append(",d1,出差,省外,,2026-06-03,2026-06-05\n");
        }
        Path file = absences("absences.csv", rows.toString());
        assertThat(importFiles(ChainRecording.SKIP, dir.resolve("roster.csv"), file).stored()).isTrue();

        ImportResult again = importFiles(ChainRecording.SKIP, file);

        assertThat(again.errors()).hasSize(ImportService.DUPLICATES_LISTED + 1);
        assertThat(again.errors().get(ImportService.DUPLICATES_LISTED).reason()).contains("另有 5 个");
    }
}
