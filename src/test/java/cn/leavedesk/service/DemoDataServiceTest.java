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
import java.nio.file.Path;
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
}
