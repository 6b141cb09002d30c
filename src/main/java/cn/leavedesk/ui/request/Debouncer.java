package cn.leavedesk.ui.request;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once the clerk has stopped typing for a moment; tests run it at once. */
@FunctionalInterface
public interface Debouncer {
    /** Runs {@code action} later, replacing whatever this debouncer was still waiting to run. */
    void run(Runnable action);

    public static Debouncer immediate() {
        return Runnable::run;
    }

    /** On the JavaFX thread, after {@code quiet} without another call. */
    static Debouncer fx(Duration quiet) {
        PauseTransition pause = new PauseTransition(quiet);
        return action -> {
            pause.setOnFinished(e -> action.run());
            pause.playFromStart();
        };
    }
}
