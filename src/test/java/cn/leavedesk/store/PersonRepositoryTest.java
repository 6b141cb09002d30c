package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Term;
import cn.leavedesk.domain.roster.TermRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void roleAndTermChangesAreAddedToTheHistoryNotOverwritten() {
        try (Database db = Fixtures.openQuiet(dir.resolve("a.db"))) {
            Term first = new Term(Fixtures.day("2022-01-10"), Fixtures.day("2027-01-09"));
            Person vice = new Person("p", "周某", Role.VICE_MAYOR, List.of("FOREIGN_AFFAIRS", "COMMERCE"),
                    Optional.empty(), Optional.of(first));
            db.people().upsert(vice, CLERK);
            db.people().upsert(vice, CLERK);
            Person renamed = new Person("p", "周某某", Role.VICE_MAYOR, List.of("FOREIGN_AFFAIRS", "COMMERCE"),
                    Optional.empty(), Optional.of(first));
            db.people().upsert(renamed, CLERK);
            Term second = new Term(Fixtures.day("2025-03-01"), Fixtures.day("2030-02-28"));
            Person mayor = new Person("p", "周某某", Role.MAYOR, List.of(), Optional.empty(), Optional.of(second));
            db.people().upsert(mayor, Actor.of("人事处"));

            assertThat(db.people().find("p")).contains(mayor);
            assertThat(db.people().termHistory("p"))
                    .extracting(TermRecord::seq, TermRecord::role, TermRecord::term, TermRecord::recordedBy)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, Role.VICE_MAYOR, Optional.of(first), "李文书"),
                            org.assertj.core.groups.Tuple.tuple(2, Role.MAYOR, Optional.of(second), "人事处"));
            assertThat(db.audit().forEntity("person", "p")).extracting(AuditEntry::action)
                    .containsExactly("PERSON_ADDED", "PERSON_UPDATED", "PERSON_UPDATED");
        }
    }

    @Test
    void insertAllRefusesKnownIdsAndStoresNothing() {
        try (Database db = Fixtures.withRoster(dir.resolve("a.db"))) {
            assertThatThrownBy(() -> db.people().insertAll(
                    List.of(Person.of("new", "新", Role.VICE_MAYOR), Person.of("m", "王", Role.MAYOR)), CLERK))
                    .isInstanceOf(DuplicateIdException.class).hasMessageContaining("人员编号 m 已经存在");
            assertThat(db.people().find("new")).isEmpty();
            assertThat(db.people().roster().people()).extracting(Person::id).containsExactly("d1", "ev", "m", "v1");
        }
    }
}
