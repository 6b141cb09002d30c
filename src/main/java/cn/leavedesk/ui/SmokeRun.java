package cn.leavedesk.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code -Dleavedesk.smoke=FILE}: start, draw the first frame, write how long that took since the process started
 * into FILE, and quit. The packaging test starts the packaged client this way, and the start-up figures in
 * {@code installer/README.md} (with and without the class-data archive) were measured with it.
 */
public final class SmokeRun {
    public static final String PROPERTY = "leavedesk.smoke";
    private static final Logger LOG = LoggerFactory.getLogger(SmokeRun.class);

    private final Path report;

    private SmokeRun(Path report) {
        this.report = report;
    }

    /** Present when the property names a file. */
    public static Optional<SmokeRun> fromProperties() {
        return Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank()).map(Path::of)
                .map(SmokeRun::new);
    }

    /**
     * Waits for the first pulse that lays the shown window out; the frame it renders is on screen by the next pulse,
     * when the figure is taken and the application asked to quit.
     */
    public void watch(Stage stage) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> finish(stage));
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    private void finish(Stage stage) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long millis = Duration.between(started, Instant.now()).toMillis();
        String text = "first-frame-ms=" + millis + "\nwindow-title=" + stage.getTitle() + "\nshowing=" + stage.isShowing()
                + "\n";
        try {
            Files.writeString(report, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("Cannot write the smoke report {}", report, e);
        }
        LOG.info("Smoke run: first frame after {} ms", millis);
        Platform.exit();
    }
}
