package cn.leavedesk.service;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.RegisterLine;
import cn.leavedesk.store.StoredAbsence;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the register: absences that are not superseded (unless asked for), newest departure first or in any column's
 * order, with their people. {@link #page} reads one page of any filter at a time, so a table over a million
 * absences never holds more than the pages it shows; {@link #count} is a separate call a screen can make in the
 * background, as counting a rare filter over a million rows takes longer than showing its first page.
 */
public final class RegisterService {
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

    /** The rows a scrolling table asks for when it opens, and per page as it scrolls. */
    public static final int PAGE_ROWS = 100;

    /**
     * {@code limit} rows of the filtered register from {@code offset}, in {@code sort}'s order.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive or {@code offset} is negative
     */
    public RegisterSlice page(RegisterFilter filter, RegisterSort sort, int offset, int limit) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + ", offset " + offset);
        }
        // one row more than asked tells whether another page follows, without counting
        List<RegisterLine> lines = db.absences().registerPage(filter, sort, limit + 1, offset);
        Map<String, Person> people = people(lines);
        List<RegisterRow> rows = lines.stream().limit(limit)
                .map(l -> new RegisterRow(l.stored().absence(), personOf(people, l.stored().absence().personId()),
                        l.stored().state(), l.verdict(),
                        // steps of a cancelled or superseded version are owed by nobody
                        l.stored().state() == AbsenceState.ACTIVE ? l.openSteps() : 0))
                .toList();
        return new RegisterSlice(rows, offset, lines.size() > limit);
    }

    /** How many rows the filter matches in all. */
    public long count(RegisterFilter filter) {
        return db.absences().countRegister(filter);
    }

    private Map<String, Person> people(List<RegisterLine> lines) {
        Map<String, Person> people = new java.util.HashMap<>();
        for (RegisterLine line : lines) {
            String id = line.stored().absence().personId();
            if (!people.containsKey(id)) {
                db.people().find(id).ifPresent(p -> people.put(id, p));
            }
        }
        return people;
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
