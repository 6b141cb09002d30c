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

    @Test
    void theLogNamesTheCommandButNotItsArguments() {
        assertThat(Main.commandName(new String[] {"--db", "x.db", "--as", "张三", "cancel", "a1", "--reason", "行程取消"}))
                .isEqualTo("cancel");
        assertThat(Main.commandName(new String[] {"--as", "张三"})).isEqualTo("(no command)");
    }
}
