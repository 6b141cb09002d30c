package cn.leavedesk.rules;

import cn.leavedesk.domain.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A group of leaders and the number of trips abroad it may make. A person belongs to the first quota of
 * the rulebook whose roles include theirs and, if {@code portfoliosAny} is not empty, who holds one of
 * those portfolios. A group with no limits is counted but never capped.
 *
 * @param combine how the per-term and per-two-year limits combine when both are set
 */
public record Quota(String id, LocalizedText label, Set<Role> roles, List<String> portfoliosAny,
                    Optional<Integer> perYear, Optional<Integer> perTerm, Optional<Integer> perTwoYears,
                    Combine combine) {
    public Quota {
        roles = Set.copyOf(roles);
        portfoliosAny = List.copyOf(portfoliosAny);
    }

    public enum Combine {
        /** Within limits while either the term limit or the two-year limit holds. */
        EITHER,
        /** Both limits must hold. */
        BOTH
    }
}
