package cn.leavedesk.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The command line. No commands exist yet: every call prints the usage line and exits with status 2. */
public final class Main {
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages");
        String command = args.length == 0 ? "" : args[0];
        err.println(MessageFormat.format(messages.getString("cli.unknownCommand"), command));
        err.println(messages.getString("cli.usage"));
        return USAGE_ERROR;
    }
}
