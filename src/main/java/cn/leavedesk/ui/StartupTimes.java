package cn.leavedesk.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long the client took from the start of its process to its first frame and to a usable register, one
 * line each, so that start-up can be measured on an office's own machine (docs/performance.md). With
 * {@code -Dleavedesk.exitWhenReady=true} the client quits once the register is usable: the start-up benchmark
 * script starts it that way.
 */
public final class StartupTimes {
    public static final String EXIT_WHEN_READY = "leavedesk.exitWhenReady";
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimes.class);
    private static final Instant LOADED = Instant.now();

    private StartupTimes() {
    }

    /** Time since the JVM's process started (or since this class loaded, where the OS does not say). */
    static Duration sinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(LOADED);
        return Duration.between(start, Instant.now());
    }

    /** Logs once, on the first pulse that renders the scene. */
    public static void logFirstFrame(Scene scene) {
        logFirstFrame(scene, () -> { });
    }

    /** Logs once, on the first pulse that renders the scene, then runs {@code then}. */
    static void logFirstFrame(Scene scene, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                LOG.info("First frame {} ms after the process started", sinceProcessStart().toMillis());
                then.run();
            }
        }.start();
    }

    /** Logs that the register is usable; quits when asked to by {@link #EXIT_WHEN_READY}. */
    static void registerReady() {
        LOG.info("Register usable {} ms after the process started", sinceProcessStart().toMillis());
        exitIfAsked();
    }

    /** Logs that a new database's first-run page is up (it has no register); quits when asked to. */
    static void firstRunReady() {
        LOG.info("First-run page usable {} ms after the process started", sinceProcessStart().toMillis());
        exitIfAsked();
    }

    /** Logs at DEBUG level when a step of start-up has finished, for finding where the time goes. */
    static void phase(String step) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Start-up: {} {} ms after the process started", step, sinceProcessStart().toMillis());
        }
    }

    private static void exitIfAsked() {
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            Platform.exit();
        }
    }
}
