package cn.leavedesk.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyBackupTest {
    @Test
    void takesTodaysBackupOnceWhenTheDatabaseWasOpenedWithoutOne(@TempDir Path dir) {
        StoreOptions options = StoreOptions.defaults().withAutoBackup(AutoBackup.OFF)
                .withClock(Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
        try (Database db = Database.open(dir.resolve("d.db"), options)) {
            assertThat(db.backups().list()).isEmpty();
            DailyBackup.runOnce(db);
            DailyBackup.runOnce(db);
            assertThat(db.backups().list()).hasSize(1);
        }
    }
}
