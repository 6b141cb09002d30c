package cn.leavedesk.domain;

import java.util.Objects;

/** Who presides over the government's work while the mayor is away, and why. */
public record Presiding(String personId, String article) {
    public Presiding {
        Objects.requireNonNull(personId, "person");
        Objects.requireNonNull(article, "article");
    }
}
