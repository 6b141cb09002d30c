package cn.leavedesk.store;

import java.nio.file.Path;

/**
 * The victim of {@link BackupKillTest}: takes backups for ever and prints {@code DONE name} after each, until the
 * parent kills it. {@code manual FILE FOLDER} writes {@code FOLDER/copy-N.db} through {@code backupTo} on a read-only
 * open (as {@code backup --out} does); {@code rotating FILE} writes rotating backups as an upgrade or restore does.
 */
public final class BackupKiller {
    private BackupKiller() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        StoreOptions options = StoreOptions.defaults().withAutoBackup(AutoBackup.OFF).withBackupsToKeep(3);
        if (args[0].equals("manual")) {
            Path folder = Path.of(args[2]);
            try (Database db = Database.openReadOnly(file, options)) {
                for (int n = 0; ; n++) {
                    if (java.nio.file.Files.exists(folder.resolve("copy-" + n + ".db"))) {
                        continue; // an earlier round's
                    }
                    Path written = db.backups().backupTo(folder.resolve("copy-" + n + ".db"));
                    System.out.println("DONE " + written.getFileName());
                    System.out.flush();
                }
            }
        }
        try (Database db = Database.open(file, options)) {
            while (true) {
                Path written = db.backups().beforeMigration(1, 2);
                System.out.println("DONE " + written.getFileName());
                System.out.flush();
            }
        }
    }
}
