package cn.leavedesk.ui;

/**
 * Fills the register with an invented city government, so a new clerk can try every screen.
 * {@link #load()} blocks; the client calls it through the {@link TaskExecutor}.
 */
public interface DemoData {
    Summary load();

    /** What was loaded. */
    record Summary(int people, int absences) {
    }
}
