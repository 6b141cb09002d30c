package cn.leavedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A term of office (任期), both ends inclusive. */
public record Term(LocalDate start, LocalDate end) {
    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("term ends before it starts");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The term in force on the day among a person's terms, oldest first; where two overlap (a history typed with an
     * overlap) the later entry wins, as the roster screen's current term does.
     */
    public static Optional<Term> inForceOn(List<Term> terms, LocalDate day) {
        Term found = null;
        for (Term term : terms) {
            if (term.contains(day)) {
                found = term;
            }
        }
        return Optional.ofNullable(found);
    }
}
