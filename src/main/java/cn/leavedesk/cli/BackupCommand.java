package cn.leavedesk.cli;

import cn.leavedesk.service.BackupService;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code leavedesk [--db FILE] backup --out FILE}: a consistent copy of the database, taken read-only so it works
 * while the client has the file open. An existing file is never overwritten, and a failed backup leaves nothing
 * under the name asked for. {@code backup --list} says where the automatic backups of the database are and lists
 * them, newest first.
 */
public final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String synopsis() {
        return "backup --out FILE | --list       copy the database to a new file; list its automatic backups";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.equals(List.of("--list"))) {
            return list(context);
        }
        Arguments arguments = Arguments.parse(name(), args, List.of("--out"), context.locale());
        Path target = Path.of(arguments.required("--out", "--out leavedesk-2026-11-22.db"));
        Path written;
        try (Database db = CliDatabase.forReading(context)) {
            written = new BackupService(db).backupTo(target);
        }
        context.out().println(DisplayText.of(context.locale()).tr("cli.backup.written", written));
        return 0;
    }

    private static int list(CliContext context) throws Exception {
        try (Database db = CliDatabase.forReading(context)) {
            BackupService service = new BackupService(db);
            List<Path> backups = service.rotatingBackups();
            DisplayText text = DisplayText.of(context.locale());
            context.out().println(text.tr("cli.backup.list", db.file(), service.backupFolder(), backups.size()));
            for (Path backup : backups) {
                context.out().println(text.tr("cli.backup.entry", backup.getFileName(), Files.size(backup)));
            }
        }
        return 0;
    }
}
