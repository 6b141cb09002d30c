package cn.leavedesk.service;

import static cn.leavedesk.service.LifecycleFixture.CLERK;
import static cn.leavedesk.service.LifecycleFixture.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.lifecycle.DoneHow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodoServiceTest {
    @TempDir
    Path dir;
    private LifecycleFixture office;

    @AfterEach
    void close() {
        if (office != null) {
            office.close();
        }
    }

    private LifecycleFixture office(String rulebook, String today) {
        office = new LifecycleFixture(dir.resolve(rulebook + ".db"), rulebook, LocalDate.parse(today));
        return office;
    }

    private List<TodoItem> todo(String asOf) {
        return office.todo().todo(LocalDate.parse(asOf)).items();
    }

    private List<TodoItem> todo(String asOf, TodoType type) {
        return todo(asOf).stream().filter(i -> i.type() == type).toList();
    }

    /** Wuhan 六十七, a department head: FILE with the general office by Wed 4 March, NOTIFY before Mon 9 March. */
    private void departmentHeadTrip(String id) {
        office.file(trip(id, "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11")
                .filed(LocalDate.parse("2026-03-02")));
    }

    @Test
    void aStepPastItsDeadlineIsOverdueAndOneDueWithinThreeWorkingDaysIsDue() {
        office("wuhan", "2026-03-05");
        departmentHeadTrip("a1");

        assertThat(todo("2026-03-05")).extracting(TodoItem::type, TodoItem::step, TodoItem::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TodoType.STEP_OVERDUE, Optional.of(1),
                                LocalDate.parse("2026-03-04")),
                        // Thu 5 March + 3 working days = Tue 10 March, so the departure day Mon 9 is due soon
                        org.assertj.core.groups.Tuple.tuple(TodoType.STEP_DUE, Optional.of(2),
                                LocalDate.parse("2026-03-09")));
        assertThat(todo("2026-03-05").get(0).article()).contains("六十七");
        assertThat(todo("2026-03-05").get(0).person()).isEqualTo("d1");
    }

    @Test
    void aStepDueOnTheDayIsDueAndOneFurtherAheadIsNotListedYet() {
        office("wuhan", "2026-03-02");
        departmentHeadTrip("a1");
        assertThat(todo("2026-03-04")).extracting(TodoItem::type).containsExactly(TodoType.STEP_DUE, TodoType.STEP_DUE);
        assertThat(todo("2026-02-26")).isEmpty();
    }

    @Test
    void tickingAStepTakesItOffAndUndoingPutsItBack() {
        office("wuhan", "2026-03-05");
        departmentHeadTrip("a1");
        var lifecycle = office.lifecycle();
        lifecycle.stepDone("a1", 1, LocalDate.parse("2026-03-05"), DoneHow.WRITTEN, Optional.empty(), CLERK);
        assertThat(todo("2026-03-05", TodoType.STEP_OVERDUE)).isEmpty();
        lifecycle.stepUndo("a1", 1, "误点", CLERK);
        assertThat(todo("2026-03-05", TodoType.STEP_OVERDUE)).hasSize(1);
    }

    @Test
    void cancelledAndSupersededAbsencesNeverAppear() {
        office("wuhan", "2026-03-05");
        departmentHeadTrip("a1");
        departmentHeadTrip("a2");
        var lifecycle = office.lifecycle();
        lifecycle.cancel("a1", "取消", CLERK);
        lifecycle.amend("a2", trip("a2b", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-04-13",
                "2026-04-15").build(), "改期", CLERK);
        assertThat(todo("2026-03-05")).isEmpty();
        assertThat(todo("2026-04-14")).extracting(TodoItem::absence).containsOnly("a2b");
    }

    @Test
    void anUnrecordedReturnIsListedFromTheDayAfterItWasDueUntilRecorded() {
        office("hegang", "2026-06-30");
        office.file(trip("h1", "v1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11"));

        // 销假 due Thu 12 March, the first working day after the planned return
        assertThat(todo("2026-03-12", TodoType.RETURN_NOT_RECORDED)).isEmpty();
        assertThat(todo("2026-03-13", TodoType.RETURN_NOT_RECORDED)).singleElement().satisfies(i -> {
            assertThat(i.absence()).isEqualTo("h1");
            assertThat(i.due()).isEqualTo(LocalDate.parse("2026-03-12"));
            assertThat(i.article()).contains("第五十二条（四）");
        });
        assertThat(todo("2026-06-30", TodoType.RETURN_NOT_RECORDED)).as("a list that forgets is worse than none")
                .hasSize(1);
        assertThat(todo("2026-06-30", TodoType.REPORT_OVERDUE)).as("vice-mayors owe no written report").isEmpty();

        office.lifecycle().recordReturn("h1", LocalDate.parse("2026-03-11"), CLERK);
        assertThat(todo("2026-06-30", TodoType.RETURN_NOT_RECORDED)).isEmpty();
    }

    @Test
    void aWrittenReportIsOverdueFiveWorkingDaysAfterTheReturnUntilHandedIn() {
        office("hegang", "2026-06-30");
        office.file(trip("h1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11"));
        var lifecycle = office.lifecycle();
        lifecycle.recordReturn("h1", LocalDate.parse("2026-03-13"), CLERK);

        // Fri 13 March + 5 working days = Fri 20 March
        assertThat(todo("2026-03-20", TodoType.REPORT_OVERDUE)).isEmpty();
        assertThat(todo("2026-03-23", TodoType.REPORT_OVERDUE)).singleElement()
                .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.parse("2026-03-20")));

        lifecycle.reportSubmitted("h1", LocalDate.parse("2026-03-24"), CLERK);
        assertThat(todo("2026-06-30", TodoType.REPORT_OVERDUE)).isEmpty();
    }

    @Test
    void daysOnWhichTheMayorAndTheExecutiveViceMayorAreBothAwayAreListedAheadForThirtyDays() {
        office("wuhan", "2026-03-02");
        office.file(trip("m1", "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-16", "2026-03-18"));
        office.file(trip("e1", "ev", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-17", "2026-03-20"));

        List<TodoItem> unpresided = todo("2026-03-02", TodoType.NO_ONE_PRESIDING);

        assertThat(unpresided).extracting(TodoItem::due)
                .containsExactly(LocalDate.parse("2026-03-17"), LocalDate.parse("2026-03-18"));
        assertThat(unpresided).allSatisfy(i -> {
            assertThat(i.absence()).isEqualTo("m1");
            assertThat(i.person()).isEqualTo("m");
            assertThat(i.presider()).contains("ev");
            assertThat(i.article()).contains("武政〔2018〕54号");
        });
        assertThat(todo("2026-02-10", TodoType.NO_ONE_PRESIDING)).as("more than 30 days ahead").isEmpty();
        office.lifecycle().cancel("e1", "不去了", CLERK);
        assertThat(todo("2026-03-02", TodoType.NO_ONE_PRESIDING)).isEmpty();
    }

    @Test
    void whereTheMayorDesignatesThePresiderItIsTheDesigneesAbsenceThatCountsAsOnTheWhoIsAwayScreen() {
        office("shaoxing", "2026-03-02");
        office.file(trip("m1", "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-16", "2026-03-18")
                .actingPerson("v1"));
        office.file(trip("v", "v1", Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-03-18", "2026-03-19"));
        office.file(trip("e1", "ev", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-16", "2026-03-16"));

        assertThat(todo("2026-03-02", TodoType.NO_ONE_PRESIDING)).extracting(TodoItem::due, TodoItem::presider)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-18"), Optional.of("v1")));
    }

    @Test
    void theToDoListFindsTheSameUnpresidedDaysAsTheWhoIsAwayScreen() {
        for (String rulebook : List.of("wuhan", "shaoxing", "hegang")) {
            office(rulebook, "2026-03-02");
            office.file(trip("m1", "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-05", "2026-03-12")
                    .actingPerson("v1"));
            office.file(trip("m2", "m", Kind.LEAVE, Scope.WITHIN_CITY, "2026-03-20", "2026-03-24"));
            office.file(trip("e1", "ev", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-10", "2026-03-21"));
            office.file(trip("v", "v1", Kind.OFFICIAL_VISIT, Scope.OUTSIDE_PROVINCE, "2026-03-04", "2026-03-06"));
            office.file(trip("x", "ev", Kind.LEAVE, Scope.WITHIN_CITY, "2026-03-24", "2026-03-24"));
            office.lifecycle().cancel("x", "不休了", CLERK);

            List<LocalDate> screen = new AwayService(office.db, office.rulebooks, LifecycleFixture.CALENDAR)
                    .timeline(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-01")).unpresided().stream()
                    .map(AwayTimeline.Unpresided::day).toList();
            assertThat(todo("2026-03-02", TodoType.NO_ONE_PRESIDING)).extracting(TodoItem::due).as(rulebook)
                    .containsExactlyElementsOf(screen).isNotEmpty();
            office.close();
            office = null;
        }
    }

    @Test
    void itemsAreSortedByDueDayThenAbsenceThenStep() {
        office("wuhan", "2026-03-20");
        departmentHeadTrip("b1");
        departmentHeadTrip("a1");
        List<TodoItem> items = todo("2026-03-20");
        assertThat(items).extracting(i -> i.due() + " " + i.absence() + " " + i.step().orElse(0))
                .containsExactly("2026-03-04 a1 1", "2026-03-04 b1 1", "2026-03-09 a1 2", "2026-03-09 b1 2");
        assertThat(office.todo().todo(LocalDate.parse("2026-03-20")).overdue()).isEqualTo(4);
    }
}
