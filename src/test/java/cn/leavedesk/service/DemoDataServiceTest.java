package cn.leavedesk.service;

import static cn.leavedesk.service.ServiceFixtures.DEMO_ABSENCES;
import static cn.leavedesk.service.ServiceFixtures.DEMO_PEOPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.store.ChainStep;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.DuplicateIdException;
import cn.leavedesk.store.ReadOnlyDatabaseException;
import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.rules.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheShippedRosterAndAbsencesWithTheirChains() {
        try (Database db = ServiceFixtures.open(dir.resolve("demo.db"))) {
            DemoDataService.Outcome outcome = ServiceFixtures.demo(db).load();

            assertThat(outcome).isInstanceOfSatisfying(DemoDataService.Loaded.class, loaded -> {
                assertThat(loaded.people()).isEqualTo(DEMO_PEOPLE);
                assertThat(loaded.absences()).isEqualTo(DEMO_ABSENCES);
                assertThat(loaded.steps()).isPositive();
                assertThat(loaded.rulebookId()).isEqualTo("wuhan");
            });
            assertThat(db.people().all()).hasSize(DEMO_PEOPLE);
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(DEMO_ABSENCES);
            int stored = db.absences().findRegister(RegisterFilter.all(), 1000, 0).stream()
                    .mapToInt(a -> db.chains().steps(a.id()).size()).sum();
            assertThat(stored).isEqualTo(((DemoDataService.Loaded) outcome).steps());
        }
    }

    @Test
    void eachStoredStepCitesTheConfiguredRulebook() {
        try (Database db = ServiceFixtures.open(dir.resolve("demo.db"))) {
            new SettingsService(db).save(new OfficeSettings("李文", "hegang"));

            ServiceFixtures.demo(db).load();

            List<ChainStep> steps = db.absences().findRegister(RegisterFilter.all(), 1000, 0).stream()
                    .flatMap(a -> db.chains().steps(a.id()).stream()).toList();
            assertThat(steps).isNotEmpty().allSatisfy(s -> assertThat(s.step().article()).startsWith("鹤政发〔2017〕2号"));
            assertThat(steps).extracting(s -> s.step().action()).contains(Action.APPROVE);
        }
    }

    @Test
    void aSecondLoadIsRefusedAndAddsNothing() {
        try (Database db = ServiceFixtures.open(dir.resolve("demo.db"))) {
            DemoDataService demo = ServiceFixtures.demo(db);
            demo.load();

            DemoDataService.Outcome again = demo.load();

            assertThat(again).isEqualTo(new DemoDataService.AlreadyLoaded(DEMO_ABSENCES));
            assertThat(db.people().all()).hasSize(DEMO_PEOPLE);
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(DEMO_ABSENCES);
        }
    }

    @Test
    void aRealPersonWithADemoIdStopsTheLoadAndNothingIsHalfWritten() {
        try (Database db = ServiceFixtures.open(dir.resolve("office.db"))) {
            db.people().upsert(Person.of("m", "真实的市长", Role.MAYOR), Actor.of("李文"));

            assertThatThrownBy(() -> ServiceFixtures.demo(db).load()).isInstanceOf(DuplicateIdException.class);

            assertThat(db.people().all()).extracting(Person::name).containsExactly("真实的市长");
            assertThat(db.absences().countRegister(RegisterFilter.all())).isZero();
        }
    }

    @Test
    void aReadOnlyDatabaseIsNotWritten() {
        Path file = dir.resolve("office.db");
        ServiceFixtures.open(file).close();
        try (Database db = Database.openReadOnly(file)) {
            assertThatThrownBy(() -> ServiceFixtures.demo(db).load()).isInstanceOf(ReadOnlyDatabaseException.class);
        }
    }

    /**
     * Loaded on a working day, the demo looks like an office that keeps up: what ended more than two weeks before is
     * settled through the clerk's own operations (history included), and the to-do list holds only the recent and
     * coming absences, not a year of forgotten steps. Hegang's rulebook, since it asks for 销假 and written reports.
     */
    @Test
    void loadedOnADayTheDemoIsSettledUpToTwoWeeksBeforeIt() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        TodoList raw;
        try (Database db = ServiceFixtures.open(dir.resolve("raw.db"))) {
            new SettingsService(db).save(new OfficeSettings("李文", "hegang"));
            ServiceFixtures.demo(db).load();
            raw = todo(db, today);
        }
        try (Database db = ServiceFixtures.open(dir.resolve("settled.db"))) {
            new SettingsService(db).save(new OfficeSettings("李文", "hegang"));

            ServiceFixtures.demo(db).load(today);

            TodoList settled = todo(db, today);
            LocalDate settledBefore = today.minusDays(DemoDataService.SETTLED_AFTER_DAYS);
            assertThat(raw.items()).as("the demo as filed owes a year of steps")
                    .anyMatch(i -> returnOf(db, i.absence()).isBefore(settledBefore));
            assertThat(settled.items()).isNotEmpty().hasSizeLessThan(raw.items().size() / 3)
                    .allSatisfy(i -> assertThat(returnOf(db, i.absence())).isAfterOrEqualTo(settledBefore));
            assertThat(settled.overdue()).isPositive();
            // a settled absence, as its page shows it
            AbsenceLifecycleService life = new AbsenceLifecycleService(db, new RulebookService(),
                    CalendarLoader.standard(), Messages.chinese(), Clock.systemUTC());
            String old = db.absences().findRegister(RegisterFilter.all(), 1000, 0).stream()
                    .filter(a -> a.plannedReturn().isBefore(LocalDate.of(2025, 6, 1)))
                    .filter(a -> !db.chains().steps(a.id()).isEmpty()).findFirst().orElseThrow().absence().id();
            AbsenceDetails page = life.show(old, today);
            assertThat(page.chain()).isNotEmpty().allSatisfy(step -> assertThat(step.done()).isPresent());
            assertThat(page.returnedOn()).contains(page.absence().returnDate());
            assertThat(page.events()).hasSizeGreaterThan(page.chain().size());
            // and nothing else moved: the same absences, all counted as before
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(DEMO_ABSENCES);
        }
    }

    private static TodoList todo(Database db, LocalDate today) {
        return new TodoService(db, new RulebookService(), CalendarLoader.standard(), Messages.chinese()).todo(today);
    }

    private static LocalDate returnOf(Database db, String absence) {
        return db.absences().find(absence).orElseThrow().plannedReturn();
    }
}
