package cn.leavedesk.domain;

import java.util.Objects;

/** Who makes a change, as the audit log records it: the clerk's name from the settings, or the OS account. */
public record Actor(String name) {
    public Actor {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("actor name is blank");
        }
    }

    public static Actor of(String name) {
        return new Actor(name);
    }

    /** The operating-system account running this JVM. */
    public static Actor osAccount() {
        String user = System.getProperty("user.name", "");
        return new Actor(user.isBlank() ? "unknown" : user);
    }
}
