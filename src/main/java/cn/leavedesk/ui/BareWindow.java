package cn.leavedesk.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark ({@code src/bench/startup.sh}): a stage with one label, started from
 * the same jar and JVM as LeaveDesk, logging its first frame the same way and quitting right after it. Like
 * {@code Launcher}, the class with {@code main} is not the {@link Application}, so JavaFX starts from the class path.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("LeaveDesk")), 1280, 800);
            stage.setScene(scene);
            StartupTimes.logFirstFrame(scene, Platform::exit);
            stage.show();
        }
    }
}
