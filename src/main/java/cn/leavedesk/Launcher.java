package cn.leavedesk;

import cn.leavedesk.ui.LeaveDeskApp;
import javafx.application.Application;

/**
 * Entry point of the jar. It is not an {@link Application} itself so that JavaFX can start from the
 * class path; without arguments (or with {@code --db FILE}) it opens the client, otherwise the command line.
 */
public final class Launcher {
    enum Mode { CLIENT, COMMAND_LINE }

    private Launcher() {
    }

    public static void main(String[] args) {
        if (modeFor(args) == Mode.CLIENT) {
            Application.launch(LeaveDeskApp.class, args);
        } else {
            cn.leavedesk.cli.Main.main(args);
        }
    }

    static Mode modeFor(String[] args) {
        boolean client = args.length == 0 || (args.length == 2 && "--db".equals(args[0]) && !args[1].isBlank());
        return client ? Mode.CLIENT : Mode.COMMAND_LINE;
    }
}
