package cn.leavedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract as users run it: {@code java -jar target/leavedesk.jar check …} in a separate JVM. */
class CheckJarIT {
    private static final Path JAR = Path.of(System.getProperty("leavedesk.jar", "target/leavedesk.jar"));
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int status, String out, String err) {
    }

    static Result run(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dleavedesk.home=" + home, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theSharedExamplesPassThroughTheRealJar(@TempDir Path home) throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/examples"))) {
            for (Path scenario : files.filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList()) {
                Result result = run(home, "check", scenario.toString());
                Path expected = Path.of(scenario.toString().replace(".json", ".expected.json"));
                assertThat(result.status()).as(scenario.toString()).isZero();
                assertThat(result.err()).isEmpty();
                var actual = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(result.out());
                var wanted = JSON.readTree(expected.toFile());
                if (!wanted.has("duties")) {
                    // optional in the contract ("may be omitted"): an expected file written before it leaves it out
                    actual.remove("duties");
                }
                assertThat(actual).as(scenario.toString()).isEqualTo(wanted);
            }
        }
    }

    @Test
    void unusableInputPrintsOneLineOnStderrAndNothingOnStdout(@TempDir Path home) throws Exception {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("src/test/resources/examples/wuhan-department-head-ordinary-week.json"))
                .replace("\"LEAVE\"", "\"LEAVE\"").replace("\"BUSINESS_TRIP\"", "\"HOLIDAY\""));
        Result result = run(home, "check", bad.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).contains("request.kind").doesNotContain("\n").doesNotContain("at cn.");
    }
}
