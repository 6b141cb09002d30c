package cn.leavedesk.service;

import cn.leavedesk.store.Actor;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.SettingsRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * The office settings in the open database, so that every window on the same file (and the command line) follows
 * the same rulebook, and the audit log names the clerk.
 */
public final class SettingsService {
    /** The rulebook of a new database. */
    public static final String DEFAULT_RULEBOOK = "wuhan";

    private final Database db;

    public SettingsService(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public OfficeSettings load() {
        SettingsRepository settings = db.settings();
        return new OfficeSettings(settings.get(SettingsRepository.CLERK_NAME).orElse(""),
                settings.get(SettingsRepository.RULEBOOK).filter(s -> !s.isBlank()).orElse(DEFAULT_RULEBOOK));
    }

    /**
     * Stores what changed, in one transaction; an unchanged value is not written again, so the audit log lists
     * only real changes.
     *
     * @throws cn.leavedesk.store.ReadOnlyDatabaseException when the database was opened read-only
     */
    public void save(OfficeSettings wanted) {
        Objects.requireNonNull(wanted, "wanted");
        OfficeSettings current = load();
        Actor actor = Optional.of(wanted.clerkName()).filter(s -> !s.isEmpty()).map(Actor::of)
                .orElseGet(Actor::osAccount);
        db.inTransaction(() -> {
            SettingsRepository settings = db.settings();
            if (!wanted.clerkName().equals(current.clerkName())) {
                settings.put(SettingsRepository.CLERK_NAME, wanted.clerkName(), actor);
            }
            if (!wanted.rulebookId().equals(current.rulebookId())) {
                settings.put(SettingsRepository.RULEBOOK, wanted.rulebookId(), actor);
            }
        });
    }
}
