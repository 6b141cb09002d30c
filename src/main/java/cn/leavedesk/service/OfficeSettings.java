package cn.leavedesk.service;

import java.util.Objects;

/**
 * The settings kept in the database: who records at this desk and which city's rules apply.
 *
 * @param clerkName empty until the clerk sets it
 */
public record OfficeSettings(String clerkName, String rulebookId) {
    public OfficeSettings {
        clerkName = Objects.requireNonNull(clerkName, "clerkName").strip();
        Objects.requireNonNull(rulebookId, "rulebookId");
        if (rulebookId.isBlank()) {
            throw new IllegalArgumentException("rulebookId is blank");
        }
    }
}
