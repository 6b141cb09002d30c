package cn.leavedesk.ui.data;

import cn.leavedesk.service.OfficeSettings;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.store.StoreException;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.SettingsStore;
import cn.leavedesk.ui.StoreMessages;
import java.io.IOException;

/**
 * The clerk's name and the rulebook live in the database (its settings table), not in a file of this PC: every
 * window and the command line working on the same file follow the same rulebook, and the audit log names the clerk.
 */
public final class StoreSettings implements SettingsStore {
    private final SettingsService service;

    public StoreSettings(SettingsService service) {
        this.service = service;
    }

    @Override
    public ClerkSettings load() {
        OfficeSettings settings = service.load();
        return new ClerkSettings(settings.clerkName(), settings.rulebookId(), settings.officeName());
    }

    /** A read-only database, a full disk and the like come back as an IOException whose message a clerk can read. */
    @Override
    public void save(ClerkSettings settings) throws IOException {
        try {
            service.save(new OfficeSettings(settings.clerkName(), settings.rulebookId(), settings.officeName()));
        } catch (StoreException e) {
            throw new IOException(StoreMessages.forClerk(e).orElse(e.getMessage()), e);
        }
    }
}
