package cn.leavedesk.service;

import java.util.Objects;

/**
 * The settings kept in the database: who records at this desk and which city's rules apply.
 *
 * @param clerkName empty until the clerk sets it
 */
public record OfficeSettings(String clerkName, String rulebookId, String officeName) {
    /** Settings that leave the office's name as it is stored. */
    public OfficeSettings(String clerkName, String rulebookId) {
        this(clerkName, rulebookId, "");
    }

    public OfficeSettings {
        clerkName = Objects.requireNonNull(clerkName, "clerkName").strip();
        officeName = Objects.requireNonNull(officeName, "officeName").strip();
        Objects.requireNonNull(rulebookId, "rulebookId");
        if (rulebookId.isBlank()) {
            throw new IllegalArgumentException("rulebookId is blank");
        }
    }
}
