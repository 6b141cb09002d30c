package cn.leavedesk.ui;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import java.util.Objects;

/** One line of the register: an absence and the person it belongs to. */
public record RegisterEntry(Absence absence, Person person) {
    public RegisterEntry {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(person, "person");
        if (!absence.personId().equals(person.id())) {
            throw new IllegalArgumentException("absence " + absence.id() + " is not " + person.id() + "'s");
        }
    }
}
