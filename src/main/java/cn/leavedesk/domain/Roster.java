package cn.leavedesk.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people known to an evaluation, in the order they were given. */
public final class Roster {
    private final Map<String, Person> byId = new LinkedHashMap<>();

    public Roster(List<Person> people) {
        for (Person person : people) {
            if (byId.putIfAbsent(person.id(), person) != null) {
                throw new IllegalArgumentException("duplicate person id: " + person.id());
            }
        }
    }

    public Optional<Person> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Person> people() {
        return List.copyOf(byId.values());
    }

    /** The first person holding the role, in roster order. */
    public Optional<Person> first(Role role) {
        return byId.values().stream().filter(p -> p.role() == role).findFirst();
    }
}
