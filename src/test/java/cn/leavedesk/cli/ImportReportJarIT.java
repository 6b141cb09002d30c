package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} then {@code report} as users run them: {@code java -jar target/leavedesk.jar …}, one JVM each. */
class ImportReportJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aScenarioImportedThroughTheJarIsReportedThroughTheJar(@TempDir Path home) throws Exception {
        String db = home.resolve("office.db").toString();
        String example = "wuhan-mayor-abroad-two-countries";

        CheckJarIT.Result imported = CheckJarIT.run(home, "--db", db, "import",
                "src/test/resources/examples/" + example + ".json");
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isZero();

        CheckJarIT.Result report = CheckJarIT.run(home, "--db", db, "report", "--year", "2026", "--format", "json");
        assertThat(report.err()).isEmpty();
        assertThat(report.status()).isZero();
        assertThat(JSON.readTree(report.out()))
                .isEqualTo(JSON.readTree(Path.of("src/test/resources/reports/" + example + ".report-2026.json").toFile()));
    }

    @Test
    void badRowsThroughTheJarExitWithTwoAndListEveryOne(@TempDir Path home) throws Exception {
        Path roster = Files.writeString(home.resolve("roster.csv"), ImportReportCommandTest.ROSTER, StandardCharsets.UTF_8);
        Path absences = Files.writeString(home.resolve("absences.csv"), """
                id,person,kind,scope,depart,return
                a1,nobody,出差,省外,2026-06-03,2026-06-05
                a2,d1,出差,省外,2026-06-09,2026-06-05
                """, StandardCharsets.UTF_8);
        String db = home.resolve("office.db").toString();

        CheckJarIT.Result result = CheckJarIT.run(home, "--db", db, "import", roster.toString(), absences.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("absences.csv row 2 [person]: "))
                .anySatisfy(line -> assertThat(line).startsWith("absences.csv row 3 [return]: "));
        CheckJarIT.Result report = CheckJarIT.run(home, "--db", db, "report", "--year", "2026");
        assertThat(JSON.readTree(report.out()).get("people")).isEmpty();
    }
}
