package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysCommandTest {
    private static final String Y2027 = """
            {"year": 2027, "source": "测试通知", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}]}
            """;

    @Test
    void anOfficeAddsAYearAndEveryCheckCountsWithIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice-2027.json");
        Files.writeString(file, Y2027);
        Path folder = dir.resolve("holidays");
        CliRun added = CliRun.of("--holidays", folder.toString(), "holidays", "add", file.toString());
        assertThat(added.status()).isZero();
        assertThat(Files.exists(folder.resolve("2027.json"))).isTrue();
        CliRun listed = CliRun.of("--holidays", folder.toString(), "holidays", "list");
        assertThat(listed.out()).contains("2027  放假 3 天，调休上班 0 天  （测试通知）").contains("2026");
        assertThat(CliRun.of("--holidays", folder.toString(), "holidays", "add", file.toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("--holidays", folder.toString(), "holidays", "add", file.toString(), "--replace").status())
                .isZero();
    }

    @Test
    void aBrokenScheduleIsRefusedNamingTheEntryAndNothingIsAdded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Y2027.replace("2027-01-03", "2027-01-33"));
        CliRun run = CliRun.of("--holidays", dir.resolve("holidays").toString(), "holidays", "add", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("holidays[0].to");
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(dir.resolve("holidays/2027.json"))).isFalse();
    }
}
