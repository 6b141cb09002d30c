package cn.leavedesk.service;

import static cn.leavedesk.service.ServiceFixtures.DEMO_ABSENCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private RegisterService register;

    @BeforeEach
    void loadDemo() {
        db = ServiceFixtures.open(dir.resolve("office.db"));
        ServiceFixtures.demo(db).load();
        register = new RegisterService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsEveryAbsenceNewestFirstWithItsPerson() {
        RegisterPage page = register.all();

        assertThat(page.rows()).hasSize(DEMO_ABSENCES);
        assertThat(page.isComplete()).isTrue();
        assertThat(page.rows()).extracting(r -> r.absence().depart())
                .isSortedAccordingTo(Comparator.<LocalDate>reverseOrder());
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.person().id()).isEqualTo(r.absence().personId()));
    }

    @Test
    void aLimitKeepsTheNewestAndStillCountsAll() {
        RegisterPage page = register.newest(RegisterFilter.all(), 10);

        assertThat(page.rows()).hasSize(10);
        assertThat(page.total()).isEqualTo(DEMO_ABSENCES);
        assertThat(page.isComplete()).isFalse();
        assertThat(page.rows().get(0)).isEqualTo(register.all().rows().get(0));
    }

    @Test
    void filtersByKindPersonStatusAndDates() {
        assertThat(register.all().rows()).filteredOn(r -> r.absence().kind() == Kind.LEAVE)
                .hasSize(register.newest(RegisterFilter.all().ofKind(Kind.LEAVE), 100).rows().size());
        assertThat(register.newest(RegisterFilter.all().forPerson("m"), 100).rows())
                .isNotEmpty().allSatisfy(r -> assertThat(r.person().id()).isEqualTo("m"));
        assertThat(register.newest(RegisterFilter.all().withStatus(Status.CANCELLED), 100).rows()).hasSize(1);
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(register.newest(RegisterFilter.all().between(day, day.plusDays(30)), 100).rows())
                .allSatisfy(r -> assertThat(r.absence().overlaps(day, day.plusDays(30))).isTrue());
    }

    @Test
    void aCancellationShowsInTheRegister() {
        String id = register.all().rows().stream().filter(r -> r.absence().isActive()).findFirst()
                .orElseThrow().absence().id();

        db.absences().cancel(id, "行程取消", Actor.of("李文"));

        assertThat(register.all().rows()).filteredOn(r -> r.absence().id().equals(id))
                .singleElement().satisfies(r -> assertThat(r.absence().status()).isEqualTo(Status.CANCELLED));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> register.newest(RegisterFilter.all(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
