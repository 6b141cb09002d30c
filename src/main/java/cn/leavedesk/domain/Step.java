package cn.leavedesk.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One approval, report, filing or notification an absence needs, with its source. */
public record Step(Action action, Party party, Optional<LocalDate> by, String article) {
    public Step {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(article, "article");
    }
}
