package cn.leavedesk.ui.todo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.TodoItem;
import cn.leavedesk.service.TodoService;
import cn.leavedesk.service.TodoType;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.data.StoreTodo;
import cn.leavedesk.ui.todo.TodoViewModel.Group;
import cn.leavedesk.ui.todo.TodoViewModel.Section;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The to-do screen on real SQLite files: grouping, wording, opening, the count and the empty list. */
class TodoViewModelTest {
    private static final Clock JUNE_20 = Clock.fixed(Instant.parse("2026-06-20T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static final Actor CLERK = Actor.of("张三");

    @TempDir
    Path dir;
    private Database db;
    private AbsenceLifecycleService lifecycle;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        lifecycle = new AbsenceLifecycleService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), JUNE_20);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TodoViewModel todo() {
        Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
        RequestService requests = new RequestService(db, new RulebookService(), CalendarLoader.standard(), messages,
                JUNE_20);
        TodoViewModel todo = new TodoViewModel(new StoreTodo(new TodoService(db, new RulebookService(),
                CalendarLoader.standard(), messages), lifecycle, requests::roster, messages),
                new SyncTaskExecutor(), JUNE_20, opened::add);
        todo.refresh();
        return todo;
    }

    private static List<Group> groups(TodoViewModel todo) {
        return todo.sectionsProperty().get().stream().map(Section::group).toList();
    }

    @Test
    void anEmptyOfficeHasNothingToDoAndSaysSo() {
        TodoViewModel todo = todo();
        assertThat(todo.loadedProperty().get()).isTrue();
        assertThat(todo.sectionsProperty().get()).isEmpty();
        assertThat(todo.countProperty().get()).isZero();
        assertThat(todo.anyOverdue()).isFalse();
    }

    @Test
    void theDemoOfficesItemsAreGroupedMostUrgentGroupFirstAndWorded() {
        new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
        TodoViewModel todo = todo();

        assertThat(todo.countProperty().get()).isPositive();
        assertThat(groups(todo)).isSortedAccordingTo(Enum::compareTo).doesNotHaveDuplicates();
        assertThat(todo.anyOverdue()).isTrue();
        TodoEntry first = todo.sectionsProperty().get().get(0).entries().get(0);
        assertThat(first.who()).contains("（");
        assertThat(first.what()).isNotBlank();
        assertThat(TodoViewModel.dueText(first)).contains(first.item().due().toString());
        int total = todo.sectionsProperty().get().stream().mapToInt(s -> s.entries().size()).sum();
        assertThat(total).isEqualTo(todo.countProperty().get());
    }

    @Test
    void aStepItemNamesItsActionAndPartyAndDisappearsOnceTicked() {
        new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
        TodoViewModel todo = todo();
        TodoEntry step = todo.sectionsProperty().get().stream().flatMap(s -> s.entries().stream())
                .filter(e -> e.item().step().isPresent()).findFirst().orElseThrow();
        assertThat(step.what()).startsWith("第 " + step.item().step().get() + " 步：");

        todo.open(step);
        assertThat(opened).containsExactly(step.item().absence());

        lifecycle.stepDone(step.item().absence(), step.item().step().get(), LocalDate.of(2026, 6, 19),
                DoneHow.WRITTEN, Optional.empty(), CLERK);
        todo.refresh();
        assertThat(todo.sectionsProperty().get().stream().flatMap(s -> s.entries().stream()).map(TodoEntry::item))
                .noneMatch(i -> i.absence().equals(step.item().absence()) && i.step().equals(step.item().step()));
    }

    @Test
    void aStepDueTodayAndOneDueInTwoWorkingDaysGoToTodayAndSoon() {
        TodoItem today = new TodoItem(TodoType.STEP_DUE, "a", "p", Optional.of(1), LocalDate.of(2026, 6, 20), "x",
                Optional.empty());
        TodoItem soon = new TodoItem(TodoType.STEP_DUE, "a", "p", Optional.of(2), LocalDate.of(2026, 6, 23), "x",
                Optional.empty());
        assertThat(TodoViewModel.group(today, LocalDate.of(2026, 6, 20))).isEqualTo(Group.TODAY);
        assertThat(TodoViewModel.group(soon, LocalDate.of(2026, 6, 20))).isEqualTo(Group.SOON);
        for (TodoType type : TodoType.values()) {
            TodoItem item = new TodoItem(type, "a", "p", Optional.empty(), LocalDate.of(2026, 6, 1), "",
                    Optional.empty());
            assertThat(TodoViewModel.group(item, LocalDate.of(2026, 6, 20))).isNotNull();
        }
    }

    @Test
    void underHegangsRulebookAReturnNotRecordedIsListedUntilTheReturnIs() {
        new cn.leavedesk.service.SettingsService(db).save(new cn.leavedesk.service.OfficeSettings("张三", "hegang"));
        db.people().insertAll(List.of(cn.leavedesk.domain.Person.of("v1", "孙伟", cn.leavedesk.domain.Role.VICE_MAYOR)),
                CLERK);
        Absence trip = Absence.builder("t1", "v1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3)).filed(LocalDate.of(2026, 5, 20)).build();
        db.absences().insert(trip, CLERK);

        TodoViewModel todo = todo();
        Section returns = todo.sectionsProperty().get().stream().filter(s -> s.group() == Group.RETURN)
                .findFirst().orElseThrow();
        assertThat(returns.entries()).singleElement().satisfies(e -> {
            assertThat(e.item().absence()).isEqualTo("t1");
            assertThat(e.who()).isEqualTo("孙伟（副市长）");
            assertThat(e.item().article()).contains("第五十二条（四）");
        });

        lifecycle.recordReturn("t1", LocalDate.of(2026, 6, 3), CLERK);
        todo.refresh();
        assertThat(groups(todo)).doesNotContain(Group.RETURN);
    }
}
