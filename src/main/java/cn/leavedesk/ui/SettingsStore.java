package cn.leavedesk.ui;

import java.io.IOException;

/** Keeps {@link ClerkSettings} between runs. */
public interface SettingsStore {
    /** The saved settings, or the defaults when nothing (readable) was saved. */
    ClerkSettings load();

    void save(ClerkSettings settings) throws IOException;
}
