package cn.leavedesk.ui.interim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Status;
import cn.leavedesk.ui.DemoData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryRegisterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void listChangesHappenOnTheGivenThreadOnly() {
        List<Runnable> uiQueue = new ArrayList<>();
        InMemoryRegister register = new InMemoryRegister(clock, uiQueue::add);

        DemoData.Summary summary = register.load();

        assertThat(register.entries()).isEmpty();
        uiQueue.forEach(Runnable::run);
        assertThat(register.entries()).hasSize(summary.absences());
    }

    @Test
    void demoHasTheMayorAwayTodayAndOneCancelledAbsence() {
        InMemoryRegister register = new InMemoryRegister(clock, Runnable::run);
        register.load();
        LocalDate today = LocalDate.now(clock);

        assertThat(register.entries()).anySatisfy(e -> {
            assertThat(e.person().role()).isEqualTo(Role.MAYOR);
            assertThat(e.absence().overlaps(today, today)).isTrue();
        });
        assertThat(register.entries()).filteredOn(e -> e.absence().status() == Status.CANCELLED).hasSize(1);
    }
}
