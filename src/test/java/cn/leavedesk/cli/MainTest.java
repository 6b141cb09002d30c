package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void unknownCommandPrintsUsageAndExitsWithTwo() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("frobnicate").contains("--db").contains("check");
    }
}
