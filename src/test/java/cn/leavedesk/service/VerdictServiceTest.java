package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.SuppliedFacts;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.RulebookLoader;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.store.Database;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.store.RegisterLine;
import cn.leavedesk.domain.register.RegisterSort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Absences that did not come through the request form get the verdict the form would give them: the demo office, an
 * import, and the rows of an older file, checked in the background; on real SQLite files.
 */
class VerdictServiceTest {
    private static final Actor CLERK = Actor.of("李文书");
    private static final WorkingCalendar CALENDAR = CalendarLoader.standard();

    @TempDir
    Path dir;

    private static List<RegisterLine> register(Database db) {
        return db.absences().registerPage(RegisterFilter.all().everyState(), RegisterSort.NEWEST, 10_000, 0);
    }

    /** What the request form's check says about the stored absence now. */
    private static Verdict formVerdict(Database db, Rulebook rulebook, Absence absence) {
        return new CheckService(db, new Evaluator(CALENDAR, Messages.chinese())).check(rulebook, absence).verdict();
    }

    @Test
    void theDemoOfficeIsStoredWithTheVerdictsTheFormWouldGive() {
        try (Database db = ServiceFixtures.open(dir.resolve("demo.db"))) {
            ServiceFixtures.demo(db).load();
            Rulebook wuhan = RulebookLoader.load("wuhan");

            List<RegisterLine> lines = register(db);
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.verdict())
                    .as(line.stored().id()).contains(formVerdict(db, wuhan, line.stored().absence())));
            // the demo office is made to show the three answers
            assertThat(lines).extracting(l -> l.verdict().orElseThrow()).contains(Verdict.OK, Verdict.VIOLATION);
        }
    }

    @Test
    void importedAbsencesGetTheirVerdictInTheSameTransaction() throws Exception {
        try (Database db = ServiceFixtures.open(dir.resolve("import.db"))) {
            Files.writeString(dir.resolve("roster.csv"), """
                    id,name,role,supervisor
                    m,王某,MAYOR,
                    v1,李某,VICE_MAYOR,
                    d1,赵某,DEPARTMENT_HEAD,v1
                    """, StandardCharsets.UTF_8);
            // one filed a day ahead (late under Wuhan's rules), one in good time
            Path absences = Files.writeString(dir.resolve("absences.csv"), """
                    id,person,kind,scope,filed,depart,return
                    late,d1,出差,省外,2026-06-04,2026-06-05,2026-06-06
                    early,d1,出差,省外,2026-05-01,2026-06-15,2026-06-16
                    """, StandardCharsets.UTF_8);

            ImportResult result = new ImportService(db, CALENDAR).importFiles(
                    List.of(ImportFile.detect(dir.resolve("roster.csv")), ImportFile.detect(absences)),
                    SuppliedFacts.none(), ChainRecording.RECORD, CLERK, ImportMonitor.none());

            assertThat(result.errors()).isEmpty();
            Rulebook wuhan = RulebookLoader.load("wuhan");
            List<RegisterLine> lines = register(db);
            assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line.verdict())
                    .contains(formVerdict(db, wuhan, line.stored().absence())));
            assertThat(lines).extracting(l -> l.verdict().orElseThrow()).doesNotHaveDuplicates();
        }
    }

    @Test
    void anOlderFilesAbsencesAreCheckedInBatchesNewestFirstAndOnlyOnce() {
        try (Database db = ServiceFixtures.open(dir.resolve("old.db"))) {
            // as an older LeaveDesk left them: the demo office's people and absences stored, never checked
            var shipped = DemoDataService.readShippedFiles();
            db.people().insertAll(shipped.people(), CLERK);
            db.absences().insertBatch(shipped.absences(), CLERK);
            assertThat(register(db)).allSatisfy(l -> assertThat(l.verdict()).isEmpty());
            long current = db.absences().countRegister(RegisterFilter.all());
            Rulebook wuhan = RulebookLoader.load("wuhan");
            VerdictService verdicts = new VerdictService(db, CALENDAR);

            VerdictService.Progress progress = VerdictService.Progress.start();
            int batches = 0;
            while (!progress.done()) {
                progress = verdicts.checkNext(wuhan, progress, 7);
                batches++;
            }

            assertThat(progress.checked()).isEqualTo((int) current);
            assertThat(batches).isGreaterThan((int) current / 7);
            List<RegisterLine> lines = register(db);
            assertThat(lines).filteredOn(l -> l.stored().state() != cn.leavedesk.domain.lifecycle.AbsenceState.SUPERSEDED)
                    .allSatisfy(line -> assertThat(line.verdict())
                            .contains(formVerdict(db, wuhan, line.stored().absence())));
            // nothing left: a second run checks nothing
            assertThat(db.absences().unchecked(10, Optional.empty())).isEmpty();
            assertThat(verdicts.checkNext(wuhan, VerdictService.Progress.start(), 7).checked()).isZero();
        }
    }
}
