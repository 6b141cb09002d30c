package cn.leavedesk.io;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import java.util.Optional;

/**
 * The words a clerk may give for a {@link cn.leavedesk.domain.importing.SuppliedFacts supplied fact} on the command
 * line: the import's own vocabularies, so that a typed kind reads as the same kind in a file.
 */
public final class FactWords {
    private FactWords() {
    }

    /** A kind as a clerk writes it: 出差, 休假, … or the English code; empty when it is none. */
    public static Optional<Kind> kindNamed(String word) {
        return Vocabularies.KIND.find(word);
    }

    /** A scope as a clerk writes it: 省内, 境外, … or the English code; empty when it is none. */
    public static Optional<Scope> scopeNamed(String word) {
        return Vocabularies.SCOPE.find(word);
    }

    /** What {@link #kindNamed} accepts, for a message. */
    public static String kindWords() {
        return Vocabularies.KIND.labels() + " / " + Vocabularies.KIND.codes();
    }

    /** What {@link #scopeNamed} accepts, for a message. */
    public static String scopeWords() {
        return Vocabularies.SCOPE.labels() + " / " + Vocabularies.SCOPE.codes();
    }
}
