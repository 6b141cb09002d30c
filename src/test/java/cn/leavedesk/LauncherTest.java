package cn.leavedesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void noArgumentsOpensTheClient() {
        assertThat(Launcher.modeFor(new String[0])).isEqualTo(Launcher.Mode.CLIENT);
    }

    @Test
    void databaseOptionOpensTheClient() {
        assertThat(Launcher.modeFor(new String[] {"--db", "office.db"})).isEqualTo(Launcher.Mode.CLIENT);
    }

    @Test
    void databaseOptionWithoutFileGoesToTheCommandLineWhichExplainsUsage() {
        assertThat(Launcher.modeFor(new String[] {"--db"})).isEqualTo(Launcher.Mode.COMMAND_LINE);
    }

    @Test
    void anyCommandGoesToTheCommandLine() {
        assertThat(Launcher.modeFor(new String[] {"check", "request.json"})).isEqualTo(Launcher.Mode.COMMAND_LINE);
    }
}
