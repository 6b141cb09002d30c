package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void unknownCommandIsRefusedInOneLineThatPointsToHelp() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        // every refusal is one line on stderr (cli-contract.md, lifecycle-contract.md); --help has the listing
        assertThat(run.err().strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("frobnicate").contains("leavedesk --help"));
        assertThat(CliRun.of("--lang", "en", "--colour", "check").err().strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("--colour").contains("(usage: leavedesk --help)"));
        assertThat(CliRun.of("--db", "x.db").err().strip().lines()).hasSize(1);
    }

    @Test
    void helpStillPrintsTheWholeListing() {
        CliRun run = CliRun.of("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--db").contains("check").contains("todo");
    }

    @Test
    void theLogNamesTheCommandButNotItsArguments() {
        assertThat(Main.commandName(new String[] {"--db", "x.db", "--as", "张三", "cancel", "a1", "--reason", "行程取消"}))
                .isEqualTo("cancel");
        assertThat(Main.commandName(new String[] {"--as", "张三"})).isEqualTo("(no command)");
    }
}
