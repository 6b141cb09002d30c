package cn.leavedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packaging cannot break unnoticed: {@code installer/package.sh app-image} builds the self-contained image from the
 * jar this build made, then the image's own launcher runs {@code check} and starts the client headless until its
 * register is usable ({@code -Dleavedesk.exitWhenReady}). Skipped where the running JDK has no jpackage or the
 * machine is not Linux (the script is bash and the .deb is Debian's). About 40 s, most of it jlink.
 */
class PackagingIT {
    private static final Path IMAGE = Path.of("target", "installer", "LeaveDesk");
    private static final Path LAUNCHER = IMAGE.resolve("bin").resolve("LeaveDesk");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void buildTheAppImage() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        Assumptions.assumeTrue(Files.isExecutable(jpackage), "this JDK has no jpackage");
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "package.sh builds on Linux");
        assertThat(Path.of(System.getProperty("leavedesk.jar", "target/leavedesk.jar"))).exists();

        // the class-data archive's training run starts the client headless through Monocle
        Result built = run(List.of("bash", "installer/package.sh", "app-image"), Map.of(
                "LEAVEDESK_SKIP_BUILD", "1",
                "LEAVEDESK_TRAINING_MONOCLE", monocle().toString(),
                "PATH", jpackage.getParent() + java.io.File.pathSeparator + System.getenv("PATH")), 300);

        assertThat(built.status()).as(built.err()).isZero();
        assertThat(LAUNCHER).isExecutable();
        assertThat(IMAGE.resolve("lib/app/leavedesk.jsa")).as(built.out() + built.err()).isNotEmptyFile();
        assertThat(Files.readString(IMAGE.resolve("lib/app/LeaveDesk.cfg")))
                .contains("-XX:SharedArchiveFile=$APPDIR/leavedesk.jsa");
    }

    private static Path monocle() throws Exception {
        return Path.of(Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory").getProtectionDomain()
                .getCodeSource().getLocation().toURI());
    }

    /** The launcher's settings with Monocle after the app's jar, headless, quitting once the client is usable. */
    private static String headless(String config, Path home, String... more) {
        List<String> options = new ArrayList<>(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dleavedesk.exitWhenReady=true",
                "-Dleavedesk.home=" + home));
        options.addAll(List.of(more));
        assertThat(config).contains("[JavaOptions]");
        return config.replaceFirst("(app\\.classpath=[^\\n]*\\n)", "$1app.classpath=\\$APPDIR/monocle.jar\n")
                + options.stream().map(o -> "java-options=" + o).collect(java.util.stream.Collectors.joining("\n"))
                + "\n";
    }

    @Test
    void thePackagedClientMapsItsClassDataArchive(@TempDir Path data) throws Exception {
        // The archive holds for the jar's path, so this runs the image where it was built; the launcher's settings
        // and the Monocle jar are put back as they were afterwards.
        Path cfg = IMAGE.resolve("lib/app/LeaveDesk.cfg");
        Path monocleCopy = IMAGE.resolve("lib/app/monocle.jar");
        String original = Files.readString(cfg);
        Path home = data.resolve("home");
        Path classes = data.resolve("classes.log");
        try {
            Files.copy(monocle(), monocleCopy);
            Files.writeString(cfg, headless(original, home, "-Xlog:class+load=info:file=" + classes));

            Result result = run(List.of(LAUNCHER.toString()), Map.of(), 90);

            assertThat(result.status()).as(result.err()).isZero();
            assertThat(Files.readString(home.resolve("logs").resolve("leavedesk.log")))
                    .containsPattern("First-run page usable \\d+ ms after the process started");
            List<String> loaded = Files.readAllLines(classes);
            assertThat(loaded).anyMatch(line -> line.contains("cn.leavedesk.ui.LeaveDeskApp source: shared objects file"))
                    .anyMatch(line -> line.contains("javafx.scene.control.Label source: shared objects file"));
            long shared = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
            assertThat(shared).as("classes mapped from the archive, of %d", loaded.size())
                    .isGreaterThan(loaded.size() / 2);
        } finally {
            Files.writeString(cfg, original);
            Files.deleteIfExists(monocleCopy);
        }
    }

    @Test
    void thePackagedLauncherRunsCheck(@TempDir Path data) throws Exception {
        Path scenario = Path.of("src/test/resources/examples/wuhan-department-head-ordinary-week.json");

        Result result = run(List.of(LAUNCHER.toString(), "check", scenario.toString()),
                Map.of("XDG_DATA_HOME", data.toString()), 60);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(JSON.readTree(result.out())).isEqualTo(JSON.readTree(
                Path.of(scenario.toString().replace(".json", ".expected.json")).toFile()));
    }

    @Test
    void thePackagedClientDrawsItsFirstFrame(@TempDir Path data) throws Exception {
        // A copy of the image that also carries Monocle (a test library, not shipped) so that the client can start
        // without a display; everything else is the image as built.
        // Copied elsewhere, the image's class-data archive no longer fits the jar's path: the client must start all
        // the same, without it.
        Path copy = data.resolve("LeaveDesk");
        copyTree(IMAGE, copy);
        Files.copy(monocle(), copy.resolve("lib/app/monocle.jar"));
        Path home = data.resolve("home");
        Path cfg = copy.resolve("lib/app/LeaveDesk.cfg");
        Files.writeString(cfg, headless(Files.readString(cfg), home));

        Result result = run(List.of(copy.resolve("bin/LeaveDesk").toString()), Map.of(), 90);

        // a new data folder: the client opens on its first-run page and quits by itself once that is usable
        assertThat(result.status()).as(result.err()).isZero();
        String log = Files.readString(home.resolve("logs").resolve("leavedesk.log"));
        assertThat(log).containsPattern("First frame \\d+ ms after the process started")
                .containsPattern("First-run page usable \\d+ ms after the process started");
        assertThat(home.resolve("leavedesk.db")).exists();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Result run(List<String> command, Map<String, String> env, int seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("packaging", ".out");
        Path err = Files.createTempFile("packaging", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + seconds + " s: " + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
