package cn.leavedesk.cli;

import cn.leavedesk.service.DisplayText;
import java.util.Locale;

/** Input the command cannot use: exit status 2, one line on stderr, nothing on stdout. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    /**
     * The message as the one stderr line the contracts allow a refusal: its first line, and where more followed (the
     * usage listing after an unknown command or option), a pointer to {@code --help}, which prints that listing.
     */
    String oneLine(Locale locale) {
        String message = String.valueOf(getMessage()).strip();
        int end = message.indexOf('\n');
        if (end < 0) {
            return message;
        }
        return message.substring(0, end).strip() + " " + DisplayText.of(locale).tr("cli.contract.seeHelp");
    }
}
