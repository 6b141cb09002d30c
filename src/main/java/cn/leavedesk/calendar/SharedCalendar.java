package cn.leavedesk.calendar;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The working calendar in force, shared by everything that counts working days. A {@link WorkingCalendar} is
 * immutable; when the office adds or corrects a holiday year the whole calendar is read again and replaces this
 * one's, so the next count anywhere — the request form's check, the to-do list, who is away, an import — uses the
 * new year without a restart. Each count takes {@link #get()} once and keeps it, so no single count mixes two
 * calendars.
 */
public final class SharedCalendar {
    private final AtomicReference<WorkingCalendar> current;
    private final Supplier<WorkingCalendar> loader;
    private final List<Consumer<WorkingCalendar>> listeners = new CopyOnWriteArrayList<>();

    private SharedCalendar(WorkingCalendar initial, Supplier<WorkingCalendar> loader) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** A calendar that {@link #reload()} reads again with {@code loader}; it starts as {@code initial}. */
    public static SharedCalendar loadedBy(WorkingCalendar initial, Supplier<WorkingCalendar> loader) {
        return new SharedCalendar(initial, loader);
    }

    /** A calendar read once with {@code loader}, and again on each {@link #reload()}. */
    public static SharedCalendar loadedBy(Supplier<WorkingCalendar> loader) {
        return new SharedCalendar(loader.get(), loader);
    }

    /** One calendar for the whole run (a command, a test): reloading keeps it. */
    public static SharedCalendar fixed(WorkingCalendar calendar) {
        return new SharedCalendar(calendar, () -> calendar);
    }

    /** The calendar in force now. */
    public WorkingCalendar get() {
        return current.get();
    }

    /** Puts {@code calendar} in force and tells the listeners. */
    public void replace(WorkingCalendar calendar) {
        current.set(Objects.requireNonNull(calendar, "calendar"));
        listeners.forEach(listener -> listener.accept(calendar));
    }

    /** Reads the calendar again (after a holiday year was stored) and puts it in force. */
    public WorkingCalendar reload() {
        WorkingCalendar read = loader.get();
        replace(read);
        return read;
    }

    /** Called, on the thread that replaced it, each time another calendar comes into force. */
    public void onReplaced(Consumer<WorkingCalendar> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
