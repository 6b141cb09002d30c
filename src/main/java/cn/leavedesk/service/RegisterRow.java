package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import java.util.Objects;

/** One line of the register: an absence in its latest state and the person it belongs to. */
public record RegisterRow(Absence absence, Person person) {
    public RegisterRow {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(person, "person");
    }
}
