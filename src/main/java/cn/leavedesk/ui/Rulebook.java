package cn.leavedesk.ui;

import java.util.Objects;

/** A rulebook the clerk can pick: its id (as the rules engine names it) and the name to show. */
public record Rulebook(String id, String displayName) {
    public Rulebook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
    }

    @Override
    public String toString() {
        return displayName;
    }
}
