package cn.leavedesk.domain.roster;

import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Term;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One entry of a person's role-and-term history; {@code seq} grows with each change. */
public record TermRecord(String personId, int seq, Role role, Optional<Term> term, Instant recordedAt,
                         String recordedBy) {
    public TermRecord {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
