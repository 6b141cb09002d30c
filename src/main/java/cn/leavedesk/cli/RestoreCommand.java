package cn.leavedesk.cli;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.service.BackupService;
import cn.leavedesk.service.DamagedDatabaseRestore;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.DatabaseDamagedException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code leavedesk [--db FILE] restore --from FILE}: replaces the database's content with a backup's. The content
 * replaced is first saved among the rotating backups, whose name is printed. A database too damaged to open is
 * replaced as a file instead (it is kept beside as {@code NAME.damaged-…}), so the command line can always get an
 * office back from its backups.
 */
public final class RestoreCommand implements Command {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String synopsis() {
        return "restore --from FILE             replace the database's content with a backup (the old content is kept)";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(name(), args, List.of("--from"), context.locale());
        Path source = Path.of(arguments.required("--from", "--from leavedesk-2026-11-22.db"));
        Database opened;
        try {
            opened = CliDatabase.forWriting(context);
        } catch (DatabaseDamagedException e) {
            Path keptAs = new DamagedDatabaseRestore(context.clock()).restore(e.file(), source, Actor.osAccount());
            context.out().println(DisplayText.of(context.locale()).tr("cli.restore.damagedKept", source.toAbsolutePath(),
                    keptAs));
            return 0;
        }
        Path previous;
        try (Database db = opened) {
            previous = new BackupService(db).restoreFrom(source, db.settings().currentActor());
        }
        context.out().println(DisplayText.of(context.locale()).tr("cli.restore.done", source.toAbsolutePath(),
                previous));
        return 0;
    }
}
