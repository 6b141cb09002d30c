package cn.leavedesk.ui;

import java.io.IOException;
import java.util.Optional;

/** Settings kept in a field; can be told to fail on save. */
public final class MemorySettingsStore implements SettingsStore {
    private ClerkSettings saved;
    private Optional<IOException> failure = Optional.empty();

    public MemorySettingsStore(ClerkSettings initial) {
        this.saved = initial;
    }

    public MemorySettingsStore failingWith(IOException e) {
        this.failure = Optional.of(e);
        return this;
    }

    public ClerkSettings saved() {
        return saved;
    }

    @Override
    public ClerkSettings load() {
        return saved;
    }

    @Override
    public void save(ClerkSettings settings) throws IOException {
        if (failure.isPresent()) {
            throw failure.get();
        }
        saved = settings;
    }
}
