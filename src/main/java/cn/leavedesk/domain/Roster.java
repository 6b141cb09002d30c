package cn.leavedesk.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people known to an evaluation, in the order they were given, with each one's terms of office where the
 * history is known (the store's roster); a person without a history has their current term only (a scenario).
 */
public final class Roster {
    private final Map<String, Person> byId = new LinkedHashMap<>();
    private final Map<String, List<Term>> terms;

    public Roster(List<Person> people) {
        this(people, Map.of());
    }

    /** @param terms by person id, their terms from the history, oldest first, as corrected */
    public Roster(List<Person> people, Map<String, List<Term>> terms) {
        for (Person person : people) {
            if (byId.putIfAbsent(person.id(), person) != null) {
                throw new IllegalArgumentException("duplicate person id: " + person.id());
            }
        }
        Map<String, List<Term>> copy = new HashMap<>();
        terms.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        this.terms = Map.copyOf(copy);
    }

    /**
     * The person's terms of office, oldest first: from the history when the roster has it, else the current term.
     * Counting "per term" for a past day needs the term then, not today's (Wuhan 六十八).
     */
    public List<Term> terms(Person person) {
        List<Term> known = terms.get(person.id());
        if (known != null) {
            return known;
        }
        return person.term().map(List::of).orElse(List.of());
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
