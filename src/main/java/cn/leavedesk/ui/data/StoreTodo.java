package cn.leavedesk.ui.data;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Step;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.TodoItem;
import cn.leavedesk.service.TodoService;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.todo.TodoEntry;
import cn.leavedesk.ui.todo.TodoViewModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The to-do list from {@link TodoService}, worded: whose absence by name and position, and for a step its action and
 * party, read from the absence's chain. Only the first {@link #WORDED_STEPS} step items are looked up one by one;
 * an office that far behind sees the step number and the article for the rest.
 */
public final class StoreTodo implements TodoViewModel.Source {
    static final int WORDED_STEPS = 200;

    private final TodoService todo;
    private final AbsenceLifecycleService lifecycle;
    private final Supplier<Roster> roster;
    private final Messages labels;

    public StoreTodo(TodoService todo, AbsenceLifecycleService lifecycle, Supplier<Roster> roster, Messages labels) {
        this.todo = todo;
        this.lifecycle = lifecycle;
        this.roster = roster;
        this.labels = labels;
    }

    /**
     * Each absence's steps by number. A chain never changes once filed (an amendment is a new absence with its own
     * id), so what was read once is kept: the list is read again after every change and must stay cheap.
     */
    private final Map<String, Map<Integer, Step>> chains = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<TodoEntry> todo(LocalDate asOf) {
        Roster people = roster.get();
        List<TodoEntry> entries = new ArrayList<>();
        int worded = 0;
        for (TodoItem item : todo.todo(asOf).items()) {
            String who = people.find(item.person()).map(StoreTodo::who).orElse(item.person());
            Optional<Step> step = Optional.empty();
            if (item.step().isPresent() && worded < WORDED_STEPS) {
                worded++;
                int number = item.step().get();
                step = Optional.ofNullable(chains.computeIfAbsent(item.absence(), this::steps).get(number));
            }
            entries.add(new TodoEntry(item, who, what(item, step, people)));
        }
        return entries;
    }

    private Map<Integer, Step> steps(String absenceId) {
        try {
            Map<Integer, Step> byNumber = new HashMap<>();
            lifecycle.show(absenceId).chain().forEach(line -> byNumber.put(line.number(), line.step()));
            return byNumber;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private String what(TodoItem item, Optional<Step> step, Roster people) {
        return switch (item.type()) {
            case STEP_OVERDUE, STEP_DUE -> step
                    .map(s -> I18n.tr("todo.what.step", item.step().orElse(0), labels.label(s.action()),
                            labels.label(s.party())))
                    .orElseGet(() -> I18n.tr("todo.what.stepNumber", item.step().orElse(0)));
            case RETURN_NOT_RECORDED -> I18n.tr("todo.what.return");
            case REPORT_OVERDUE -> I18n.tr("todo.what.report");
            case NO_ONE_PRESIDING -> I18n.tr("todo.what.noPresider", item.presider()
                    .map(id -> people.find(id).map(Person::displayName).orElse(id)).orElse(""));
        };
    }

    private static String who(Person person) {
        return I18n.tr("todo.who", person.displayName(), DomainLabels.role(person.role()));
    }
}
