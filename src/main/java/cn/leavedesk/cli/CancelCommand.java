package cn.leavedesk.cli;

import cn.leavedesk.service.DisplayText;
import java.util.List;
import java.util.Locale;

/** {@code leavedesk [--db FILE] [--as CLERK] cancel ID --reason TEXT}: 撤销; it stays in the register, counts nowhere. */
public final class CancelCommand implements Command {
    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public String synopsis() {
        return "cancel ID --reason TEXT   cancel: stays in the register, counts nowhere";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Locale locale = context.locale();
        LifecycleArgs parsed = LifecycleArgs.parse(name(), args, 1, List.of("--reason"), List.of(), locale);
        String id = parsed.positional(0, "ID");
        String reason = parsed.required("--reason");
        try (LifecycleSession session = LifecycleSession.forChanging(context)) {
            session.lifecycle.cancel(id, reason, session.clerk);
        }
        context.out().println(DisplayText.of(locale).tr("cli.life.cancelled", id));
        return 0;
    }
}
