package cn.leavedesk.io;

import cn.leavedesk.domain.Person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds people by id or, failing that, by a name only one person bears — clerks often type the name.
 */
final class PersonDirectory {
    private final Map<String, Person> byId = new HashMap<>();
    private final Map<String, List<String>> idsByName = new HashMap<>();

    PersonDirectory(Iterable<Person> people) {
        people.forEach(this::add);
    }

    void add(Person person) {
        if (byId.putIfAbsent(person.id(), person) == null && !person.name().isBlank()) {
            idsByName.computeIfAbsent(person.name().strip(), name -> new ArrayList<>()).add(person.id());
        }
    }

    boolean containsId(String id) {
        return byId.containsKey(id);
    }

    /**
     * The id {@code reference} stands for.
     *
     * @throws ProblemException when nobody, or more than one person, matches
     */
    String resolve(String reference) {
        if (byId.containsKey(reference)) {
            return reference;
        }
        List<String> ids = idsByName.getOrDefault(reference, List.of());
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.isEmpty()) {
            throw new ProblemException(RowProblem.PERSON_UNKNOWN, reference);
        }
        throw new ProblemException(RowProblem.PERSON_AMBIGUOUS, reference, String.join("、", ids));
    }
}
