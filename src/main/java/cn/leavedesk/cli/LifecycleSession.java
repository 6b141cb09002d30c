package cn.leavedesk.cli;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.TodoService;
import cn.leavedesk.store.DataFolder;
import cn.leavedesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A lifecycle command's database and services, as the client builds them: the file named by {@code --db} (else the
 * default one), which must already exist; the office's rulebook and the calendar; the clerk from {@code --as},
 * else the clerk named in the settings, else the OS account. A command that changes the file takes its lock, so
 * it is refused while a LeaveDesk window has the file open; {@code show} and {@code todo} only read.
 */
final class LifecycleSession implements AutoCloseable {
    final Database db;
    final AbsenceLifecycleService lifecycle;
    final TodoService todo;
    final Actor clerk;

    private LifecycleSession(Database db, CliContext context) throws UsageException {
        this.db = db;
        var calendar = CheckCommand.calendar(context);
        RulebookService rulebooks = new RulebookService();
        Messages messages = Messages.of(context.locale());
        this.lifecycle = new AbsenceLifecycleService(db, rulebooks, calendar, messages, context.clock());
        this.todo = new TodoService(db, rulebooks, calendar, messages);
        this.clerk = context.clerk().map(Actor::of).orElseGet(() -> db.settings().currentActor());
    }

    static LifecycleSession forChanging(CliContext context) throws UsageException {
        requireFile(context);
        Database db = CliDatabase.forWriting(context);
        try {
            return new LifecycleSession(db, context);
        } catch (UsageException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static LifecycleSession forReading(CliContext context) throws UsageException {
        requireFile(context);
        Database db = CliDatabase.forReading(context);
        try {
            return new LifecycleSession(db, context);
        } catch (UsageException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A lifecycle command works on an office's records: it never creates an empty database by mistake. */
    private static void requireFile(CliContext context) throws UsageException {
        Path file = context.db().orElseGet(() -> DataFolder.standard().databaseFile());
        if (!Files.isRegularFile(file)) {
            throw CliValues.refuse(context.locale(), "cli.life.noDatabase", file);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
