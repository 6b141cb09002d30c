package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}, {@code export} and {@code check} refusing hostile or broken files: exit 2, one line each. */
class HostileImportCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("leavedesk.db").toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void roster() throws IOException {
        CliRun run = CliRun.of("--db", db(), "import", write("roster.csv", ImportReportCommandTest.ROSTER).toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void importErrorsAreWordedInEnglishWithLangEn() throws IOException {
        roster();
        Path bad = write("absences.csv", """
                id,person,kind,scope,depart,return
                a2,nobody,出差,省外,2026-06-03,2026-06-05
                a4,m,休假,省内,2026-06-10,2026-06-08
                """);

        CliRun english = CliRun.of("--lang", "en", "--db", db(), "import", bad.toString());
        CliRun chinese = CliRun.of("--db", db(), "import", bad.toString());

        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err().lines()).containsExactly(
                "absences.csv row 2 [person]: no one on the roster is \"nobody\"; give a roster id or name",
                "absences.csv row 3 [return]: return date 2026-06-08 is before departure date 2026-06-10");
        assertThat(chinese.err().lines()).containsExactly(
                "absences.csv row 2 [person]: 找不到人员“nobody”，请填写花名册中的编号或姓名",
                "absences.csv row 3 [return]: 返回日期 2026-06-08 早于出发日期 2026-06-10");
    }
}
