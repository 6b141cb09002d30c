package cn.leavedesk.store;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Status;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the register shows. Superseded versions are never listed. {@code from}/{@code to} keep the absences that
 * are away on at least one day of that range (both ends included).
 */
public record RegisterFilter(Optional<String> personId, Optional<Kind> kind, Optional<Status> status,
                             Optional<LocalDate> from, Optional<LocalDate> to) {
    public RegisterFilter {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static RegisterFilter all() {
        return new RegisterFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public RegisterFilter forPerson(String value) {
        return new RegisterFilter(Optional.of(value), kind, status, from, to);
    }

    public RegisterFilter ofKind(Kind value) {
        return new RegisterFilter(personId, Optional.of(value), status, from, to);
    }

    public RegisterFilter withStatus(Status value) {
        return new RegisterFilter(personId, kind, Optional.of(value), from, to);
    }

    public RegisterFilter between(LocalDate first, LocalDate last) {
        return new RegisterFilter(personId, kind, status, Optional.of(first), Optional.of(last));
    }
}
