package cn.leavedesk.domain;

import java.util.Objects;
import java.util.Optional;

/** Something the clerk must know about a request, with the article it rests on where there is one. */
public record Finding(FindingCode code, Severity severity, Optional<String> article, String message) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(message, "message");
    }
}
