package cn.leavedesk.service;

import static cn.leavedesk.service.LifecycleFixture.CLERK;
import static cn.leavedesk.service.LifecycleFixture.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's filters, order and pages on a real file (the figures at a million rows are in the bench). */
class RegisterFilterPagingTest {
    @TempDir
    Path dir;
    private LifecycleFixture office;
    private RegisterService register;

    @BeforeEach
    void fileSomeAbsences() {
        office = new LifecycleFixture(dir.resolve("office.db"), "wuhan", LocalDate.parse("2026-03-20"));
        // d1: a trip with an open chain; d2: leave within the city (no chain); v1: a trip abroad to amend
        office.file(trip("a1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11")
                .destination("北京"));
        office.file(trip("a2", "d2", Kind.LEAVE, Scope.WITHIN_CITY, "2026-04-01", "2026-04-03").destination("本市")
                .reason("探亲"));
        office.file(trip("a3", "d1", Kind.BUSINESS_TRIP, Scope.WITHIN_PROVINCE, "2026-01-05", "2026-01-06")
                .destination("宜昌"));
        office.file(trip("a4", "v1", Kind.OFFICIAL_VISIT, Scope.ABROAD, "2026-05-10", "2026-05-14")
                .destination("德国").stops(List.of(new cn.leavedesk.domain.Stop("DE", true))));
        var lifecycle = office.lifecycle();
        lifecycle.cancel("a3", "取消", CLERK);
        lifecycle.amend("a4", trip("a4b", "v1", Kind.OFFICIAL_VISIT, Scope.ABROAD, "2026-05-10", "2026-05-20")
                .destination("德国、法国、意大利、西班牙").stops(List.of(new cn.leavedesk.domain.Stop("DE", true),
                        new cn.leavedesk.domain.Stop("FR", true), new cn.leavedesk.domain.Stop("IT", true),
                        new cn.leavedesk.domain.Stop("ES", true))).build(), "加访三国", CLERK);
        register = new RegisterService(office.db);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private List<String> ids(RegisterFilter filter) {
        return register.page(filter, RegisterSort.NEWEST, 0, 100).rows().stream().map(r -> r.absence().id()).toList();
    }

    @Test
    void theUsualRegisterShowsActiveAndCancelledNewestFirstWithoutSupersededVersions() {
        assertThat(ids(RegisterFilter.all())).containsExactly("a4b", "a2", "a1", "a3");
        assertThat(register.count(RegisterFilter.all())).isEqualTo(4);
    }

    @Test
    void supersededAndCancelledVersionsAppearWhenAskedFor() {
        assertThat(ids(RegisterFilter.all().everyState())).containsExactly("a4", "a4b", "a2", "a1", "a3");
        assertThat(ids(RegisterFilter.all().withStates(Set.of(AbsenceState.SUPERSEDED)))).containsExactly("a4");
        assertThat(ids(RegisterFilter.all().withStatus(Status.CANCELLED))).containsExactly("a3");
        assertThat(register.page(RegisterFilter.all().everyState(), RegisterSort.NEWEST, 0, 100).rows())
                .filteredOn(r -> r.absence().id().equals("a4")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(AbsenceState.SUPERSEDED));
    }

    @Test
    void personRoleKindScopeAndDatesNarrowTheList() {
        assertThat(ids(RegisterFilter.all().forPerson("d1"))).containsExactly("a1", "a3");
        assertThat(ids(RegisterFilter.all().withRole(Role.VICE_MAYOR))).containsExactly("a4b");
        assertThat(ids(RegisterFilter.all().withRole(Role.MAYOR))).isEmpty();
        assertThat(ids(RegisterFilter.all().ofKind(Kind.LEAVE))).containsExactly("a2");
        assertThat(ids(RegisterFilter.all().inScope(Scope.OUTSIDE_PROVINCE))).containsExactly("a1");
        assertThat(ids(RegisterFilter.all().between(LocalDate.parse("2026-03-11"), LocalDate.parse("2026-04-01"))))
                .containsExactly("a2", "a1");
        assertThat(ids(RegisterFilter.all().forPerson("d1").ofKind(Kind.BUSINESS_TRIP)
                .withStatus(Status.ACTIVE))).containsExactly("a1");
    }

    @Test
    void theVerdictFiledWithIsAColumnAndAFilter() {
        assertThat(ids(RegisterFilter.all().withVerdict(Verdict.VIOLATION))).as("four countries break 六十八")
                .containsExactly("a4b");
        assertThat(register.page(RegisterFilter.all(), RegisterSort.NEWEST, 0, 100).rows())
                .allSatisfy(r -> assertThat(r.verdict()).isPresent());
    }

    @Test
    void openStepsAreCountedAndFilteredAndFollowTicks() {
        assertThat(ids(RegisterFilter.all().withOpenSteps())).containsExactly("a4b", "a1");
        var lifecycle = office.lifecycle();
        lifecycle.stepDone("a1", 1, LocalDate.parse("2026-03-04"), DoneHow.WRITTEN, Optional.empty(), CLERK);
        assertThat(register.page(RegisterFilter.all().forPerson("d1"), RegisterSort.NEWEST, 0, 10).rows().get(0)
                .openSteps()).isEqualTo(1);
        lifecycle.stepDone("a1", 2, LocalDate.parse("2026-03-04"), DoneHow.WRITTEN, Optional.empty(), CLERK);
        assertThat(ids(RegisterFilter.all().withOpenSteps())).containsExactly("a4b");
        lifecycle.stepUndo("a1", 2, "误点", CLERK);
        assertThat(ids(RegisterFilter.all().withOpenSteps())).containsExactly("a4b", "a1");
    }

    @Test
    void freeTextFindsIdsNamesPlacesAndReasonsAndTakesWildcardsLiterally() {
        assertThat(ids(RegisterFilter.all().matching("北京"))).containsExactly("a1");
        assertThat(ids(RegisterFilter.all().matching("探亲"))).containsExactly("a2");
        assertThat(ids(RegisterFilter.all().matching("局长戊"))).containsExactly("a2");
        assertThat(ids(RegisterFilter.all().matching("A4"))).containsExactly("a4b");
        assertThat(ids(RegisterFilter.all().matching("%"))).isEmpty();
        assertThat(register.count(RegisterFilter.all().matching("北京"))).isEqualTo(1);
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapInAnyOrder() {
        for (RegisterSort.Column column : RegisterSort.Column.values()) {
            for (RegisterSort.Direction direction : RegisterSort.Direction.values()) {
                RegisterSort sort = RegisterSort.by(column, direction);
                RegisterSlice first = register.page(RegisterFilter.all().everyState(), sort, 0, 2);
                RegisterSlice second = register.page(RegisterFilter.all().everyState(), sort, 2, 2);
                RegisterSlice third = register.page(RegisterFilter.all().everyState(), sort, 4, 2);
                assertThat(first.more()).isTrue();
                assertThat(third.more()).isFalse();
                assertThat(java.util.stream.Stream.of(first, second, third).flatMap(s -> s.rows().stream())
                        .map(r -> r.absence().id())).as(sort.toString())
                        .containsExactlyInAnyOrder("a1", "a2", "a3", "a4", "a4b");
            }
        }
    }

    @Test
    void sortingByAColumnOrdersByItThenNewestFirst() {
        assertThat(register.page(RegisterFilter.all(), RegisterSort.by(RegisterSort.Column.DEPART,
                RegisterSort.Direction.ASCENDING), 0, 10).rows()).extracting(r -> r.absence().id())
                .containsExactly("a3", "a1", "a2", "a4b");
        assertThat(register.page(RegisterFilter.all(), RegisterSort.by(RegisterSort.Column.PERSON,
                RegisterSort.Direction.ASCENDING), 0, 10).rows()).extracting(r -> r.person().id())
                .isSortedAccordingTo(java.util.Comparator.comparing(id -> office.db.people().find(id)
                        .orElseThrow().name()));
    }
}
