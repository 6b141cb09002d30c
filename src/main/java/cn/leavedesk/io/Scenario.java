package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A `check` scenario: the rulebook to apply, the roster, the recorded absences and the request to judge. */
public record Scenario(String rulebook, List<Person> people, List<Absence> history, Optional<Absence> request) {
    public Scenario {
        Objects.requireNonNull(rulebook, "rulebook");
        people = List.copyOf(people);
        history = List.copyOf(history);
        Objects.requireNonNull(request, "request");
    }
}
