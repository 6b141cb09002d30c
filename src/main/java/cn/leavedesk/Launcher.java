package cn.leavedesk;

/** Entry point of the jar: no command starts the client; a command runs the command line. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        cn.leavedesk.cli.Main.main(args);
    }
}
