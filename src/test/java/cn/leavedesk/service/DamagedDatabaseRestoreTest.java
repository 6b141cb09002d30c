package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.InvalidBackupException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedDatabaseRestoreTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theBackupTakesThePlaceOfTheDamagedFileWhichIsKept() throws Exception {
        Path file = dir.resolve("office.db");
        Path backup = dir.resolve("backup.db");
        try (Database db = ServiceFixtures.open(file)) {
            ServiceFixtures.demo(db).load();
            db.backups().backupTo(backup);
        }
        byte[] before = Files.readAllBytes(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(0);
            raf.write(new byte[100]);
        }

        Path kept = new DamagedDatabaseRestore(clock).restore(file, backup);

        assertThat(kept.getFileName().toString()).isEqualTo("office.db.damaged-20261103-080000");
        assertThat(Files.size(kept)).isEqualTo(before.length);
        try (Database db = ServiceFixtures.open(file)) {
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(ServiceFixtures.DEMO_ABSENCES);
        }
    }

    @Test
    void aBadBackupIsRefusedAndNothingMoves() throws Exception {
        Path file = dir.resolve("office.db");
        Files.writeString(file, "not a database");
        Path backup = dir.resolve("backup.db");
        Files.writeString(backup, "not a database either");

        assertThatThrownBy(() -> new DamagedDatabaseRestore(clock).restore(file, backup))
                .isInstanceOf(InvalidBackupException.class);
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }
}
