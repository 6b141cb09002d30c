package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.store.AuditEntry;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseFollowsWuhanWithNoClerk() {
        try (Database db = ServiceFixtures.open(dir.resolve("office.db"))) {
            assertThat(new SettingsService(db).load()).isEqualTo(new OfficeSettings("", "wuhan"));
        }
    }

    @Test
    void savedSettingsAreInTheDatabaseFileAndAudited() {
        Path file = dir.resolve("office.db");
        try (Database db = ServiceFixtures.open(file)) {
            new SettingsService(db).save(new OfficeSettings(" 张晓燕 ", "yueqing"));
        }
        try (Database db = ServiceFixtures.open(file)) {
            assertThat(new SettingsService(db).load()).isEqualTo(new OfficeSettings("张晓燕", "yueqing"));
            assertThat(db.settings().get(SettingsRepository.RULEBOOK)).contains("yueqing");
            assertThat(db.audit().recent(10)).extracting(AuditEntry::actor).contains("张晓燕");
        }
    }

    @Test
    void unchangedValuesAreNotWrittenAgain() {
        try (Database db = ServiceFixtures.open(dir.resolve("office.db"))) {
            SettingsService settings = new SettingsService(db);
            settings.save(new OfficeSettings("张晓燕", "hangzhou"));
            int audited = db.audit().recent(100).size();

            settings.save(new OfficeSettings("张晓燕", "hegang"));

            assertThat(db.audit().recent(100)).hasSize(audited + 1);
        }
    }
}
