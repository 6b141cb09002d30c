package cn.leavedesk.service;

import cn.leavedesk.domain.Role;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the clerk typed for a person on the roster screen, before it is checked.
 *
 * @param id          empty: the roster makes one up
 * @param portfolios  分管领域 as typed, words separated by 、 or commas
 * @param supervisor  the id of the supervising vice-mayor
 */
public record PersonForm(Optional<String> id, String name, Optional<Role> role, String portfolios,
                         Optional<String> supervisor, String contact, Optional<LocalDate> termStart,
                         Optional<LocalDate> termEnd) {
    public PersonForm {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "").strip();
        Objects.requireNonNull(role, "role");
        portfolios = Objects.requireNonNullElse(portfolios, "").strip();
        Objects.requireNonNull(supervisor, "supervisor");
        contact = Objects.requireNonNullElse(contact, "").strip();
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(termEnd, "termEnd");
        id = id.map(String::strip).filter(s -> !s.isEmpty());
        supervisor = supervisor.map(String::strip).filter(s -> !s.isEmpty());
    }

    public PersonForm withSupervisor(String supervisorId) {
        return new PersonForm(id, name, role, portfolios, Optional.of(supervisorId), contact, termStart, termEnd);
    }
}
