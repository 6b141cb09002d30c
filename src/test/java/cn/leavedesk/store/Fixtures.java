package cn.leavedesk.store;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Small, readable test data. */
final class Fixtures {
    static final Actor CLERK = Actor.of("李文书");

    private Fixtures() {
    }

    static StoreOptions quietOptions() {
        return StoreOptions.defaults().withAutoBackup(AutoBackup.OFF);
    }

    static Database openQuiet(Path file) {
        return Database.open(file, quietOptions());
    }

    static List<Person> roster() {
        return List.of(
                Person.of("m", "王市长", Role.MAYOR),
                Person.of("ev", "张常务", Role.EXECUTIVE_VICE_MAYOR),
                Person.of("v1", "赵副市长", Role.VICE_MAYOR),
                Person.of("d1", "钱局长", Role.DEPARTMENT_HEAD));
    }

    static Database withRoster(Path file) {
        Database db = openQuiet(file);
        db.people().upsertAll(roster(), CLERK);
        return db;
    }

    static Absence trip(String id, String person, String depart, String back) {
        return Absence.builder(id, person, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, LocalDate.parse(depart),
                LocalDate.parse(back)).build();
    }

    static Absence absence(String id, String person, Kind kind, Scope scope, String depart, String back) {
        return Absence.builder(id, person, kind, scope, LocalDate.parse(depart), LocalDate.parse(back)).build();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
