package cn.leavedesk.ui.todo;

import cn.leavedesk.service.TodoItem;
import cn.leavedesk.ui.AbsenceOpener;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the office must still do (待办), grouped by urgency: 逾期, 今天, 三个工作日内, 待销假, 待交报告, 无人主持; most
 * urgent first within each group, as the service orders them. Each line opens its absence.
 */
public final class TodoViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TodoViewModel.class);

    /** The list as of a day, worded. */
    @FunctionalInterface
    public interface Source {
        List<TodoEntry> todo(LocalDate asOf) throws Exception;
    }

    /** The groups, in the order the screen shows them. */
    public enum Group { OVERDUE, TODAY, SOON, RETURN, REPORT, NO_PRESIDER }

    /** One group and its lines. */
    public record Section(Group group, List<TodoEntry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    private final Source source;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final AbsenceOpener opener;
    private final ReadOnlyObjectWrapper<List<Section>> sections = new ReadOnlyObjectWrapper<>(this, "sections",
            List.of());
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private Consumer<TodoViewModel> afterFirstLoad = vm -> { };
    private boolean anyOverdue;
    private long generation;

    public TodoViewModel(Source source, TaskExecutor tasks, Clock clock, AbsenceOpener opener) {
        this.source = source;
        this.tasks = tasks;
        this.clock = clock;
        this.opener = opener;
    }

    /** Reads the list again (at start, when the screen is shown, after every change). */
    public void refresh() {
        long mine = ++generation;
        LocalDate today = LocalDate.now(clock);
        tasks.execute(BackgroundTask.of(progress -> source.todo(today))
                .onSuccess(entries -> {
                    if (mine != generation) {
                        return;
                    }
                    show(entries, today);
                    boolean first = !loaded.get();
                    loaded.set(true);
                    failure.set("");
                    if (first) {
                        afterFirstLoad.accept(this);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        LOG.warn("Could not read the to-do list", e);
                        failure.set(I18n.tr("todo.failed",
                                StoreMessages.forClerk(e).orElse(String.valueOf(e.getMessage()))));
                    }
                }));
    }

    private void show(List<TodoEntry> entries, LocalDate today) {
        Map<Group, List<TodoEntry>> grouped = new EnumMap<>(Group.class);
        for (TodoEntry entry : entries) {
            grouped.computeIfAbsent(group(entry.item(), today), g -> new ArrayList<>()).add(entry);
        }
        List<Section> shown = new ArrayList<>();
        grouped.forEach((group, lines) -> shown.add(new Section(group, lines)));
        anyOverdue = entries.stream().anyMatch(e -> e.item().isOverdue());
        sections.set(List.copyOf(shown));
        count.set(entries.size());
    }

    static Group group(TodoItem item, LocalDate today) {
        return switch (item.type()) {
            case STEP_OVERDUE -> Group.OVERDUE;
            case STEP_DUE -> item.due().isAfter(today) ? Group.SOON : Group.TODAY;
            case RETURN_NOT_RECORDED -> Group.RETURN;
            case REPORT_OVERDUE -> Group.REPORT;
            case NO_ONE_PRESIDING -> Group.NO_PRESIDER;
        };
    }

    /** Runs once the list has been read the first time, e.g. to open the screen when something is overdue. */
    public void afterFirstLoad(Consumer<TodoViewModel> handler) {
        this.afterFirstLoad = handler;
    }

    /** True when anything on the list is past due. */
    public boolean anyOverdue() {
        return anyOverdue;
    }

    public void open(TodoEntry entry) {
        opener.open(entry.item().absence());
    }

    public static String groupTitle(Group group) {
        return I18n.tr(switch (group) {
            case OVERDUE -> "todo.group.overdue";
            case TODAY -> "todo.group.today";
            case SOON -> "todo.group.soon";
            case RETURN -> "todo.group.return";
            case REPORT -> "todo.group.report";
            case NO_PRESIDER -> "todo.group.noPresider";
        });
    }

    /** The line's second part: which article and by when. */
    public static String dueText(TodoEntry entry) {
        TodoItem item = entry.item();
        String due = item.due().toString();
        return switch (item.type()) {
            case NO_ONE_PRESIDING -> item.article().isEmpty() ? I18n.tr("todo.day", due)
                    : I18n.tr("todo.dayWithArticle", due, item.article());
            default -> item.article().isEmpty() ? I18n.tr("todo.due", due)
                    : I18n.tr("todo.dueWithArticle", due, item.article());
        };
    }

    public ReadOnlyObjectProperty<List<Section>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /** How many items the list holds; the navigation shows it. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
