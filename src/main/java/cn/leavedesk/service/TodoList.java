package cn.leavedesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the office must still do as of a day, most urgent first ({@link TodoItem#ORDER}). */
public record TodoList(LocalDate asOf, List<TodoItem> items) {
    public TodoList {
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /** How many items are past due: the count the navigation shows, and whether the screen opens at start. */
    public long overdue() {
        return items.stream().filter(TodoItem::isOverdue).count();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
