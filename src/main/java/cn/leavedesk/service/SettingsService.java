package cn.leavedesk.service;

import cn.leavedesk.domain.Actor;
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
                settings.get(SettingsRepository.RULEBOOK).filter(s -> !s.isBlank()).orElse(DEFAULT_RULEBOOK),
                settings.get(SettingsRepository.OFFICE_NAME).orElse(""));
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
            // an empty name leaves the stored one: settings written without it must not erase it
            if (!wanted.officeName().isEmpty() && !wanted.officeName().equals(current.officeName())) {
                settings.put(SettingsRepository.OFFICE_NAME, wanted.officeName(), actor);
            }
        });
    }

    /** The office's name, once the first run has set it. */
    public Optional<String> officeName() {
        return db.settings().get(SettingsRepository.OFFICE_NAME).filter(s -> !s.isBlank());
    }

    /**
     * True for a database nobody has set up yet: no office name and nobody on the roster. A file from before the
     * first-run screen existed has people and is never asked again.
     */
    public boolean needsFirstRun() {
        return officeName().isEmpty() && db.people().all().isEmpty();
    }

    /** What the first-run screen asks: the office's name, the clerk's name and the city's rulebook. */
    public record FirstRun(String officeName, String clerkName, String rulebookId) {
        public FirstRun {
            officeName = Objects.requireNonNull(officeName, "officeName").strip();
            clerkName = Objects.requireNonNull(clerkName, "clerkName").strip();
            Objects.requireNonNull(rulebookId, "rulebookId");
            if (officeName.isEmpty() || clerkName.isEmpty() || rulebookId.isBlank()) {
                throw new IllegalArgumentException("office, clerk and rulebook are all required");
            }
        }
    }

    /** Stores the first run's answers in one transaction, in the clerk's name. */
    public void completeFirstRun(FirstRun answers) {
        Actor actor = Actor.of(answers.clerkName());
        db.inTransaction(() -> {
            SettingsRepository settings = db.settings();
            settings.put(SettingsRepository.OFFICE_NAME, answers.officeName(), actor);
            settings.put(SettingsRepository.CLERK_NAME, answers.clerkName(), actor);
            settings.put(SettingsRepository.RULEBOOK, answers.rulebookId(), actor);
        });
    }
}
