package cn.leavedesk.ui;

import java.util.Objects;

/**
 * The clerk's own settings.
 *
 * @param clerkName who records absences at this desk; empty until the clerk sets it
 * @param rulebookId the rulebook every check uses
 */
public record ClerkSettings(String clerkName, String rulebookId, String officeName) {
    public static final String DEFAULT_RULEBOOK = "wuhan";

    public ClerkSettings {
        clerkName = Objects.requireNonNull(clerkName, "clerkName").strip();
        Objects.requireNonNull(rulebookId, "rulebookId");
        officeName = Objects.requireNonNull(officeName, "officeName").strip();
    }

    /** Settings without the office's name (empty until the first run or the settings screen gives it). */
    public ClerkSettings(String clerkName, String rulebookId) {
        this(clerkName, rulebookId, "");
    }

    public static ClerkSettings defaults() {
        return new ClerkSettings("", DEFAULT_RULEBOOK);
    }
}
