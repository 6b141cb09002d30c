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
     * @throws IllegalArgumentException with a Chinese reason when nobody, or more than one person, matches
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
            throw new IllegalArgumentException("找不到人员“" + reference + "”，请填写花名册中的编号或姓名");
        }
        throw new IllegalArgumentException("姓名“" + reference + "”对应多人（编号 " + String.join("、", ids)
                + "），请改填编号");
    }
}
