package cn.leavedesk.ui;

/**
 * Fills the register with an invented city government, so a new clerk can try every screen.
 * {@link #load()} blocks; the client calls it through the {@link TaskExecutor}.
 */
public interface DemoData {
    Outcome load();

    /** What a load did. */
    sealed interface Outcome permits Loaded, AlreadyLoaded {
    }

    /** So many people and absences were added. */
    record Loaded(int people, int absences) implements Outcome {
    }

    /** The demo was in the register already; nothing was added. */
    record AlreadyLoaded() implements Outcome {
    }
}
