package cn.leavedesk.cli;

import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.TodoItem;
import cn.leavedesk.service.TodoList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code leavedesk [--db FILE] todo [--as-of DATE] [--format json]}: what the office must still do, most urgent
 * first (lifecycle-contract.md). {@code --as-of} defaults to the clerk's today. Reads only.
 */
public final class TodoCommand implements Command {
    @Override
    public String name() {
        return "todo";
    }

    @Override
    public String synopsis() {
        return "todo --as-of DATE [--format json]   what the office must still do, most urgent first";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Locale locale = context.locale();
        LifecycleArgs parsed = LifecycleArgs.parse(name(), args, 0, List.of("--as-of", "--format"), List.of(),
                locale);
        boolean json = parsed.json();
        LocalDate asOf = parsed.option("--as-of").isPresent()
                ? CliValues.date(locale, "--as-of", parsed.option("--as-of").get()) : LocalDate.now(context.clock());
        TodoList list;
        try (LifecycleSession session = LifecycleSession.forReading(context)) {
            list = session.todo.todo(asOf);
        }
        if (json) {
            context.out().println(LifecycleJson.todo(list));
        } else if (list.isEmpty()) {
            context.out().println(DisplayText.of(locale).tr("cli.life.todo.none", list.asOf()));
        } else {
            for (TodoItem item : list.items()) {
                context.out().println(item.due() + " " + item.type().name() + " " + item.absence() + " "
                        + item.person() + item.step().map(n -> " #" + n).orElse("")
                        + item.presider().map(p -> " (" + p + ")").orElse("") + " " + item.article());
            }
        }
        return 0;
    }
}
