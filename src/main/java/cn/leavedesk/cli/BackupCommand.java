package cn.leavedesk.cli;

import cn.leavedesk.service.BackupService;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code leavedesk [--db FILE] backup --out FILE}: a consistent copy of the database, taken read-only so it works
 * while the client has the file open. An existing file is never overwritten.
 */
public final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String synopsis() {
        return "backup --out FILE               copy the database to a new file";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(name(), args, List.of("--out"));
        Path target = Path.of(arguments.required("--out", "--out leavedesk-2026-11-22.db"));
        Path written;
        try (Database db = CliDatabase.forReading(context)) {
            written = new BackupService(db).backupTo(target);
        }
        context.out().println("backup written to " + written);
        return 0;
    }
}
