package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.io.ImportBatch;
import cn.leavedesk.io.RosterCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonContactTest {
    @Test
    void aContactImportedFromTheRosterIsStoredAndItsChangeAudited(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "编号,姓名,职务,联系方式\nd1,刘洋,局长,13800000001\n", StandardCharsets.UTF_8);
        ImportBatch batch = RosterCsv.read(csv, List.of());
        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people().get(0).contact()).contains("13800000001");
        try (Database db = Database.open(dir.resolve("a.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF))) {
            db.people().insertAll(batch.people(), Actor.of("张晓燕"));
            assertThat(db.people().find("d1").orElseThrow().contact()).contains("13800000001");
            Person moved = new Person("d1", "刘洋", Role.DEPARTMENT_HEAD, List.of(), Optional.empty(), Optional.empty(),
                    Optional.of("13900000009"));
            db.people().upsert(moved, Actor.of("张晓燕"));
            assertThat(db.people().find("d1").orElseThrow().contact()).contains("13900000009");
            assertThat(db.audit().forEntity(EntityNames.PERSON, "d1")).hasSize(2);
        }
    }
}
