package cn.leavedesk.service;

import cn.leavedesk.store.Backups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a good backup in place of a database file that failed its integrity check. A damaged file cannot be opened,
 * so this works on the closed file: the damaged one (with its WAL side files) is kept beside it for support, never
 * deleted.
 */
public final class DamagedDatabaseRestore {
    private static final Logger LOG = LoggerFactory.getLogger(DamagedDatabaseRestore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm");

    private final Clock clock;

    public DamagedDatabaseRestore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return where the damaged file now is
     * @throws cn.leavedesk.store.InvalidBackupException when the backup is itself damaged, foreign or too new;
     *                                                  nothing was moved then
     * @throws IOException when the files cannot be moved or copied
     */
    public Path restore(Path database, Path backup) throws IOException {
        Backups.validate(backup);
        Path file = database.toAbsolutePath();
        Path keptAs = file.resolveSibling(file.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP));
        if (Files.exists(file)) {
            Files.move(file, keptAs);
        }
        for (String suffix : SIDE_FILES) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.move(side, keptAs.resolveSibling(keptAs.getFileName() + suffix));
            }
        }
        Path partial = file.resolveSibling(file.getFileName() + ".restoring");
        Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Restored {} from backup {}; the damaged file is kept as {}", file, backup, keptAs);
        return keptAs;
    }
}
