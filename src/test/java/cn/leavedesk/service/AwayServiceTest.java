package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.service.AwayTimeline.DayType;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwayServiceTest {
    private static final Actor CLERK = Actor.of("测试");
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private Database db;
    private AwayService away;

    @BeforeEach
    void open() {
        db = ServiceFixtures.open(dir.resolve("office.db"));
        db.people().insertAll(List.of(
                Person.of("d1", "刘洋", Role.DEPARTMENT_HEAD),
                Person.of("m", "王建国", Role.MAYOR),
                Person.of("ev", "李明远", Role.EXECUTIVE_VICE_MAYOR),
                Person.of("v1", "陈静怡", Role.VICE_MAYOR),
                Person.of("v2", "赵立新", Role.VICE_MAYOR)), CLERK);
        away = new AwayService(db, new RulebookService(), CalendarLoader.standard());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void record(String id, String person, LocalDate depart, LocalDate back) {
        db.absences().insert(Absence.builder(id, person, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, depart, back)
                .build(), CLERK);
    }

    @Test
    void listsOnlyPeopleAwayInTheRangeLeadersFirst() {
        record("a1", "d1", MON, MON.plusDays(2));
        record("a2", "v1", MON.plusDays(1), MON.plusDays(1));
        record("a3", "v2", MON.plusDays(20), MON.plusDays(21));
        record("a4", "m", MON.minusDays(3), MON);

        AwayTimeline timeline = away.timeline(MON, MON.plusDays(6));

        assertThat(timeline.rows()).extracting(r -> r.person().id()).containsExactly("m", "v1", "d1");
        assertThat(timeline.days()).hasSize(7);
        // An absence that began before the range is still shown whole; the view clips it.
        assertThat(timeline.rows().get(0).absences()).extracting(Absence::id).containsExactly("a4");
    }

    @Test
    void cancelledAbsencesAreNotShown() {
        record("a1", "v1", MON, MON.plusDays(2));
        record("a2", "v2", MON, MON.plusDays(2));
        db.absences().cancel("a2", "行程取消", CLERK);

        assertThat(away.timeline(MON, MON.plusDays(6)).rows()).extracting(r -> r.person().id()).containsExactly("v1");
    }

    @Test
    void daysCarryTheOfficialCalendarWithMakeUpWorkdays() {
        AwayTimeline timeline = away.timeline(LocalDate.of(2026, 9, 19), LocalDate.of(2026, 10, 11));

        assertThat(type(timeline, LocalDate.of(2026, 9, 19))).isEqualTo(DayType.WEEKEND);
        assertThat(type(timeline, LocalDate.of(2026, 9, 20))).isEqualTo(DayType.MAKE_UP_WORKDAY);
        assertThat(type(timeline, LocalDate.of(2026, 9, 21))).isEqualTo(DayType.WORKDAY);
        assertThat(type(timeline, LocalDate.of(2026, 10, 1))).isEqualTo(DayType.HOLIDAY);
        assertThat(type(timeline, LocalDate.of(2026, 10, 10))).isEqualTo(DayType.MAKE_UP_WORKDAY);
        assertThat(timeline.unknownYears()).isEmpty();
    }

    @Test
    void aYearWithoutOfficialScheduleIsNamed() {
        assertThat(away.timeline(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)).unknownYears())
                .containsExactly(2027);
    }

    private static DayType type(AwayTimeline timeline, LocalDate day) {
        return timeline.days().stream().filter(d -> d.date().equals(day)).findFirst().orElseThrow().type();
    }

    @Test
    void daysWhenMayorAndExecutiveViceMayorAreBothAwayHaveNobodyPresiding() {
        record("a1", "m", MON, MON.plusDays(3));
        record("a2", "ev", MON.plusDays(2), MON.plusDays(5));
        record("a3", "v1", MON, MON.plusDays(1));

        AwayTimeline timeline = away.timeline(MON, MON.plusDays(6));

        assertThat(timeline.unpresided()).extracting(AwayTimeline.Unpresided::day)
                .containsExactly(MON.plusDays(2), MON.plusDays(3));
        assertThat(timeline.unpresided().get(0).presider().id()).isEqualTo("ev");
    }

    @Test
    void whereTheMayorDesignatesTheStandInTheirAbsenceCounts() {
        new SettingsService(db).save(new OfficeSettings("李文", "shaoxing"));
        db.absences().insert(Absence.builder("a1", "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, MON, MON.plusDays(3))
                .actingPerson("v1").build(), CLERK);
        record("a2", "v1", MON.plusDays(3), MON.plusDays(4));
        record("a3", "ev", MON, MON.plusDays(1));

        assertThat(away.timeline(MON, MON.plusDays(6)).unpresided())
                .extracting(u -> u.day() + " " + u.presider().id())
                .containsExactly(MON.plusDays(3) + " v1");
    }

    @Test
    void everyDayTheMayorIsAwayNamesWhoPresidesWithTheArticle() {
        record("a1", "m", MON, MON.plusDays(3));
        record("a2", "ev", MON.plusDays(3), MON.plusDays(5));
        db.absences().insert(Absence.builder("a3", "m", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, MON.plusDays(5),
                MON.plusDays(5)).build(), CLERK);

        AwayTimeline timeline = away.timeline(MON, MON.plusDays(6));

        // missing a meeting is not being away from the post: nobody needs to preside on day 5
        assertThat(timeline.presiding()).extracting(AwayTimeline.PresidingDay::day)
                .containsExactly(MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(3));
        assertThat(timeline.presiding()).allSatisfy(p -> {
            assertThat(p.presider()).map(Person::id).contains("ev");
            assertThat(p.article()).hasValueSatisfying(a -> assertThat(a).contains("五"));
        });
        assertThat(timeline.presiding()).extracting(AwayTimeline.PresidingDay::presiderAway)
                .containsExactly(false, false, false, true);
        assertThat(timeline.unpresided()).extracting(AwayTimeline.Unpresided::day).containsExactly(MON.plusDays(3));
    }

    @Test
    void aRulebookWithoutAPresidingRuleNamesNobody() {
        new SettingsService(db).save(new OfficeSettings("李文", "hangzhou"));
        record("a1", "m", MON, MON.plusDays(1));

        AwayTimeline timeline = away.timeline(MON, MON.plusDays(6));

        assertThat(timeline.presiding()).hasSize(2).allSatisfy(p -> assertThat(p.presider()).isEmpty());
        assertThat(timeline.unpresided()).isEmpty();
    }

    @Test
    void theDesignatedViceMayorPresidesAndNobodyWhenNoneIsDesignated() {
        new SettingsService(db).save(new OfficeSettings("李文", "shaoxing"));
        db.absences().insert(Absence.builder("a1", "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, MON, MON.plusDays(1))
                .actingPerson("v2").build(), CLERK);
        record("a2", "m", MON.plusDays(4), MON.plusDays(4));

        AwayTimeline timeline = away.timeline(MON, MON.plusDays(6));

        assertThat(timeline.presiding()).extracting(p -> p.day() + " " + p.presider().map(Person::id).orElse("-"))
                .containsExactly(MON + " v2", MON.plusDays(1) + " v2", MON.plusDays(4) + " -");
    }

    @Test
    void rangesOutsideOneToNinetyTwoDaysAreRefused() {
        assertThatThrownBy(() -> away.timeline(MON, MON.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> away.timeline(MON, MON.plusDays(AwayService.MAX_DAYS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(away.timeline(MON, MON.plusDays(AwayService.MAX_DAYS - 1)).days()).hasSize(AwayService.MAX_DAYS);
    }

    @Test
    void theDemoOfficeShowsItsLateNovemberAbsencesWithoutTheCancelledOne() {
        try (Database demo = ServiceFixtures.open(dir.resolve("demo.db"))) {
            ServiceFixtures.demo(demo).load();

            AwayTimeline timeline = new AwayService(demo, new RulebookService(), CalendarLoader.standard())
                    .timeline(MON, MON.plusDays(13));

            assertThat(timeline.rows()).extracting(r -> r.person().id()).contains("ev", "v3", "d1")
                    .doesNotContain("q1");
        }
    }
}
