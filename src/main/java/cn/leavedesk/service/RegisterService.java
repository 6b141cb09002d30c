package cn.leavedesk.service;

import cn.leavedesk.domain.Person;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.RegisterFilter;
import cn.leavedesk.store.StoredAbsence;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the register: absences that are not superseded, newest departure first, with their people. */
public final class RegisterService {
    /** How many rows the client keeps in memory; a city records a few hundred a year. */
    public static final int CLIENT_ROWS = 5_000;

    private final Database db;

    public RegisterService(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * The newest {@code limit} rows matching the filter, and the number matching in all.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    public RegisterPage newest(RegisterFilter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        List<StoredAbsence> stored = db.absences().findRegister(filter, limit, 0);
        long total = Math.max(db.absences().countRegister(filter), stored.size());
        Map<String, Person> people = db.people().all().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        List<RegisterRow> rows = stored.stream()
                .map(s -> new RegisterRow(s.absence(), personOf(people, s.absence().personId())))
                .toList();
        return new RegisterPage(rows, total);
    }

    /** The whole register, for tests and small files. */
    public RegisterPage all() {
        return newest(RegisterFilter.all(), Integer.MAX_VALUE);
    }

    private static Person personOf(Map<String, Person> people, String id) {
        Person person = people.get(id);
        if (person == null) {
            // The schema's foreign key makes this impossible short of a damaged file.
            throw new IllegalStateException("absence refers to unknown person " + id);
        }
        return person;
    }
}
