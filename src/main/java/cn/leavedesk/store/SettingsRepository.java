package cn.leavedesk.store;

import cn.leavedesk.domain.Actor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The office's settings as key/value text: which rulebook it follows, calendar overrides, the clerk's name. */
public final class SettingsRepository {
    public static final String RULEBOOK = "rulebook";
    public static final String CALENDAR_OVERRIDES = "calendar.overrides";
    public static final String CLERK_NAME = "clerk.name";
    /** The office's name as the first-run screen asks it (e.g. 某市人民政府办公室); unset until then. */
    public static final String OFFICE_NAME = "office.name";

    private final Database db;

    SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value, Actor actor) {
        db.write(c -> {
            Optional<String> before = get(key);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO settings (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("before", before.orElse(null));
            detail.put("after", value);
            db.audit().record(actor, "SETTING_CHANGED", "setting", Optional.of(key), detail);
            return null;
        });
    }

    /** All settings, by key. */
    public Map<String, String> all() {
        return db.read(c -> {
            Map<String, String> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings ORDER BY key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
            return Map.copyOf(result);
        });
    }

    /** Who to record in the audit log: the clerk named in the settings, else the OS account. */
    public Actor currentActor() {
        return get(CLERK_NAME).filter(s -> !s.isBlank()).map(Actor::of).orElseGet(Actor::osAccount);
    }
}
