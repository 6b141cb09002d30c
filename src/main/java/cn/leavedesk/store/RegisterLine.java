package cn.leavedesk.store;

import cn.leavedesk.domain.Verdict;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a register page: the absence in its latest state, the verdict it was filed (or amended) with, and how
 * many of its chain steps are not done.
 */
public record RegisterLine(StoredAbsence stored, Optional<Verdict> verdict, int openSteps) {
    public RegisterLine {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(verdict, "verdict");
    }
}
