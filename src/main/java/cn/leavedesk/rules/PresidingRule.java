package cn.leavedesk.rules;

import java.util.Objects;

/** Who presides over the government's work while the mayor is away, and when the article says so. */
public record PresidingRule(String article, Presider presider, Condition when, LocalizedText summary) {
    public PresidingRule {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(presider, "presider");
        Objects.requireNonNull(when, "when");
    }

    public enum Presider {
        /** The executive vice-mayor (常务副市长). */
        EXECUTIVE_VICE_MAYOR,
        /** The vice-mayor the mayor designates, given as the request's actingPerson (Shaoxing 第七条). */
        DESIGNATED_VICE_MAYOR
    }
}
