package cn.leavedesk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone whose absences the office records.
 *
 * @param portfolios upper-case portfolio words (FOREIGN_AFFAIRS, COMMERCE, TALENT, …)
 * @param supervisor id of the supervising vice-mayor (分管副市长), for department and district heads
 * @param contact how to reach the person while away (phone), as the office records it
 */
public record Person(String id, String name, Role role, List<String> portfolios,
                     Optional<String> supervisor, Optional<Term> term, Optional<String> contact) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name;
        portfolios = List.copyOf(portfolios);
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(contact, "contact");
    }

    /** A person without contact details on record. */
    public Person(String id, String name, Role role, List<String> portfolios, Optional<String> supervisor,
                  Optional<Term> term) {
        this(id, name, role, portfolios, supervisor, term, Optional.empty());
    }

    public static Person of(String id, String name, Role role) {
        return new Person(id, name, role, List.of(), Optional.empty(), Optional.empty());
    }

    public boolean hasPortfolio(String portfolio) {
        return portfolios.contains(portfolio);
    }

    public String displayName() {
        return name.isBlank() ? id : name;
    }
}
