package cn.leavedesk.ui.todo;

import cn.leavedesk.service.TodoItem;
import java.util.Objects;

/**
 * One to-do item worded for the list.
 *
 * @param who  whose absence, as {@code 姓名（职务）}
 * @param what what is owed, e.g. the step's action and party, or 销假
 */
public record TodoEntry(TodoItem item, String who, String what) {
    public TodoEntry {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(what, "what");
    }
}
