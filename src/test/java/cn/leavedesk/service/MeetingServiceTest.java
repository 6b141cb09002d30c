package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting schedule under Hegang's 第三十七条, on a real database file. */
class MeetingServiceTest {
    private static final Actor CLERK = Actor.of("测试");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    private Database db;
    private MeetingService meetings;
    private int next;

    @BeforeEach
    void hegangOffice() {
        db = ServiceFixtures.open(dir.resolve("office.db"));
        new SettingsService(db).save(new OfficeSettings("李文", "hegang"));
        db.people().insertAll(List.of(
                Person.of("m", "王建国", Role.MAYOR),
                Person.of("ev", "李明远", Role.EXECUTIVE_VICE_MAYOR),
                Person.of("v1", "陈静怡", Role.VICE_MAYOR),
                Person.of("v2", "赵立新", Role.VICE_MAYOR),
                Person.of("v3", "孙卫东", Role.VICE_MAYOR),
                Person.of("sg", "周文", Role.SECRETARY_GENERAL),
                Person.of("d1", "刘洋", Role.DEPARTMENT_HEAD)), CLERK);
        meetings = new MeetingService(db, new RulebookService());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void excused(String person, LocalDate day) {
        db.absences().insert(Absence.builder("x" + ++next, person, Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, day, day)
                .meeting(new Meeting(MeetingType.EXECUTIVE, Optional.of("m"))).reason("另有公务").build(), CLERK);
    }

    private void trip(String person, LocalDate from, LocalDate to) {
        db.absences().insert(Absence.builder("t" + ++next, person, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, from, to)
                .destination("北京").build(), CLERK);
    }

    private MeetingSchedule.Entry only() {
        return meetings.between(WEDNESDAY.minusDays(7), WEDNESDAY.plusDays(7)).stream()
                .filter(e -> e.type() == MeetingType.EXECUTIVE).findFirst().orElseThrow();
    }

    @Test
    void onlyARulebookWithAQuorumRuleNeedsTheSchedule() {
        assertThat(meetings.needsSchedule("hegang")).isTrue();
        assertThat(meetings.needsSchedule("wuhan")).isFalse();
        assertThat(meetings.needsSchedule("no-such-city")).isFalse();
        assertThat(meetings.quorumRule(Locale.CHINESE)).hasValueSatisfying(r -> {
            assertThat(r.article()).contains("第三十七条");
            assertThat(r.meetingType()).isEqualTo(MeetingType.EXECUTIVE);
        });
    }

    @Test
    void aMeetingListsWhoAskedToBeExcusedAndHoldsWithMoreThanHalfThere() {
        meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.of(" 第12次常务会议 "), Optional.of("m"), CLERK);
        excused("v1", WEDNESDAY);
        excused("d1", WEDNESDAY);
        trip("v2", WEDNESDAY.minusDays(1), WEDNESDAY.plusDays(1));
        excused("v3", WEDNESDAY.plusDays(1));

        MeetingSchedule.Entry entry = only();

        assertThat(entry.title()).contains("第12次常务会议");
        assertThat(entry.convener()).map(Person::id).contains("m");
        // a department head's request counts as an excusal, not against the quorum of the members
        assertThat(entry.excused()).extracting(e -> e.person().id()).containsExactlyInAnyOrder("v1", "d1");
        MeetingSchedule.Quorum quorum = entry.quorum().orElseThrow();
        assertThat(quorum.total()).isEqualTo(6);
        assertThat(quorum.present()).isEqualTo(4);
        assertThat(quorum.holds()).isTrue();
        assertThat(quorum.article()).contains("第三十七条");
        assertThat(quorum.members()).filteredOn(m -> !m.present())
                .extracting(m -> m.person().id() + " " + m.awayFor().orElseThrow().kind())
                .containsExactlyInAnyOrder("v1 MEETING_ABSENCE", "v2 BUSINESS_TRIP");
    }

    @Test
    void exactlyHalfThereIsEnoughAndFewerIsNot() {
        meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(), Optional.empty(), CLERK);
        excused("v1", WEDNESDAY);
        excused("v2", WEDNESDAY);
        trip("v3", WEDNESDAY, WEDNESDAY.plusDays(2));

        assertThat(only().quorum().orElseThrow()).satisfies(q -> {
            assertThat(q.present()).isEqualTo(3);
            assertThat(q.holds()).as("半数以上 includes half").isTrue();
        });

        trip("sg", WEDNESDAY.minusDays(3), WEDNESDAY);

        assertThat(only().quorum().orElseThrow()).satisfies(q -> {
            assertThat(q.present()).isEqualTo(2);
            assertThat(q.holds()).isFalse();
        });
    }

    @Test
    void theScheduleAndTheCheckOfAnExcusalAgree() {
        meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(), Optional.empty(), CLERK);
        trip("v2", WEDNESDAY, WEDNESDAY);
        trip("v3", WEDNESDAY, WEDNESDAY);
        excused("v1", WEDNESDAY);
        Absence request = Absence.builder("r", "sg", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, WEDNESDAY, WEDNESDAY)
                .meeting(new Meeting(MeetingType.EXECUTIVE, Optional.of("m"))).reason("另有公务").build();
        CheckService checks = new CheckService(db, ServiceFixtures.evaluator());
        boolean warnedBefore = checks.check(new RulebookService().get("hegang"), request).findings().stream()
                .anyMatch(f -> f.code().name().equals("QUORUM_AT_RISK"));

        db.absences().insert(request, CLERK);

        assertThat(warnedBefore).isTrue();
        assertThat(only().quorum().orElseThrow().holds()).isFalse();
    }

    @Test
    void aMeetingOfAnotherTypeHasNoQuorumFigure() {
        MeetingSchedule.Entry plenary = meetings.record(WEDNESDAY, MeetingType.PLENARY, Optional.empty(),
                Optional.empty(), CLERK);

        assertThat(plenary.quorum()).isEmpty();
    }

    @Test
    void aSecondMeetingOfTheTypeOnTheDayOrAnUnknownConvenerIsRefused() {
        meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(), Optional.empty(), CLERK);

        assertThatThrownBy(() -> meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(), Optional.empty(),
                CLERK)).isInstanceOfSatisfying(MeetingSchedule.RefusedException.class, e -> assertThat(e.reason())
                .isEqualTo(MeetingSchedule.RefusedException.Reason.SAME_DAY_AND_TYPE));
        assertThatThrownBy(() -> meetings.record(WEDNESDAY.plusDays(7), MeetingType.EXECUTIVE, Optional.empty(),
                Optional.of("nobody"), CLERK)).isInstanceOfSatisfying(MeetingSchedule.RefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(MeetingSchedule.RefusedException.Reason.UNKNOWN_CONVENER));
        assertThat(meetings.between(WEDNESDAY, WEDNESDAY.plusDays(7))).hasSize(1);
    }

    @Test
    void theLeadersWhoMayConveneAreOffered() {
        assertThat(meetings.conveners()).extracting(Person::id).containsExactly("m", "ev", "v1", "v2", "v3", "sg");
    }

    private List<String> memberIds(MeetingSchedule.Entry entry) {
        return entry.quorum().orElseThrow().members().stream().map(m -> m.person().id()).sorted().toList();
    }

    @Test
    void aMeetingKeepsTheMembersItWasScheduledWithWhenTheRosterChangesLater() {
        db.people().retire("v3", WEDNESDAY.minusDays(10), CLERK);
        meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(), Optional.of("m"), CLERK);
        meetings.record(WEDNESDAY, MeetingType.PLENARY, Optional.empty(), Optional.empty(), CLERK);

        // 第三十七条（一）: 市长、副市长、秘书长 — serving that day; the retired vice-mayor and the department head are not
        assertThat(memberIds(only())).containsExactly("ev", "m", "sg", "v1", "v2");
        assertThat(db.meetings().members("mtg-" + WEDNESDAY + "-plenary")).isEmpty();

        // a vice-mayor appointed afterwards, another retired afterwards: the meeting's members stay as recorded
        db.people().insertAll(List.of(Person.of("v4", "吴海", Role.VICE_MAYOR)), CLERK);
        db.people().retire("v2", WEDNESDAY.plusDays(3), CLERK);
        trip("v1", WEDNESDAY, WEDNESDAY);
        trip("ev", WEDNESDAY, WEDNESDAY);
        MeetingSchedule.Quorum quorum = only().quorum().orElseThrow();
        assertThat(memberIds(only())).containsExactly("ev", "m", "sg", "v1", "v2");
        // 3 of 5 there; read from today's roster it would be 7 members (v3 and v4 besides)
        assertThat(quorum.present()).isEqualTo(3);
        assertThat(quorum.total()).isEqualTo(5);

        // the next meeting is scheduled with the roster as it is then
        meetings.record(WEDNESDAY.plusDays(14), MeetingType.EXECUTIVE, Optional.empty(), Optional.empty(), CLERK);
        assertThat(db.meetings().members("mtg-" + WEDNESDAY.plusDays(14) + "-executive"))
                .containsExactly("ev", "m", "sg", "v1", "v4");
    }

    @Test
    void theClerkCorrectsAMeetingsMembersAndTheCheckCountsWithThem() {
        MeetingSchedule.Entry entry = meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(),
                Optional.empty(), CLERK);
        assertThat(meetings.memberChoices(entry.id())).extracting(c -> c.person().id() + "=" + c.member())
                .containsExactly("m=true", "ev=true", "v1=true", "v2=true", "v3=true", "sg=true");

        // v3 was on leave of office that month: not a member of this meeting
        MeetingSchedule.Entry changed = meetings.changeMembers(entry.id(), List.of("m", "ev", "v1", "v2", "sg"), CLERK);
        assertThat(memberIds(changed)).containsExactly("ev", "m", "sg", "v1", "v2");
        assertThat(db.audit().forEntity("meeting", entry.id())).extracting(e -> e.action())
                .containsExactly("MEETING_ADDED", "MEETING_MEMBERS_CHANGED");

        // two of five away: the schedule says it holds, and a third member's trip that day is warned about by the
        // check with the same five members (3 of 5 away → 2/5 there)
        trip("v1", WEDNESDAY, WEDNESDAY);
        trip("v2", WEDNESDAY, WEDNESDAY);
        assertThat(only().quorum().orElseThrow().holds()).isTrue();
        Absence request = Absence.builder("r", "ev", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, WEDNESDAY.minusDays(1),
                WEDNESDAY.plusDays(1)).destination("北京").build();
        CheckService checks = new CheckService(db, ServiceFixtures.evaluator());
        List<String> quorumFindings = checks.check(new RulebookService().get("hegang"), request).findings().stream()
                .filter(f -> f.code().name().equals("QUORUM_AT_RISK")).map(f -> f.message()).toList();
        assertThat(quorumFindings).singleElement().asString().contains("2/5").contains("第三十七条");
        db.absences().insert(request, CLERK);
        assertThat(only().quorum().orElseThrow().holds()).isFalse();
        assertThat(only().quorum().orElseThrow().present()).isEqualTo(2);
        // the absence page reads the stored trip the same way
        AbsenceLifecycleService lifecycle = new AbsenceLifecycleService(db, new RulebookService(),
                cn.leavedesk.calendar.CalendarLoader.standard(), cn.leavedesk.rules.Messages.chinese(),
                java.time.Clock.systemDefaultZone());
        assertThat(lifecycle.show("r").evaluation().findings()).filteredOn(f -> f.code().name().equals("QUORUM_AT_RISK"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("2/5"));
    }

    @Test
    void anEmptyListAnUnknownPersonOrAnUngovernedMeetingIsRefusedAndNothingChanges() {
        MeetingSchedule.Entry entry = meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(),
                Optional.empty(), CLERK);
        MeetingSchedule.Entry plenary = meetings.record(WEDNESDAY, MeetingType.PLENARY, Optional.empty(),
                Optional.empty(), CLERK);

        assertThatThrownBy(() -> meetings.changeMembers(entry.id(), List.of(), CLERK))
                .isInstanceOfSatisfying(MeetingSchedule.RefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(MeetingSchedule.RefusedException.Reason.NO_MEMBERS));
        assertThatThrownBy(() -> meetings.changeMembers(entry.id(), List.of("m", "nobody"), CLERK))
                .isInstanceOfSatisfying(MeetingSchedule.RefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(MeetingSchedule.RefusedException.Reason.UNKNOWN_MEMBER));
        assertThatThrownBy(() -> meetings.changeMembers(plenary.id(), List.of("m"), CLERK))
                .isInstanceOfSatisfying(MeetingSchedule.RefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(MeetingSchedule.RefusedException.Reason.NOT_RULED));
        assertThat(db.meetings().members(entry.id())).containsExactly("ev", "m", "sg", "v1", "v2", "v3");
    }

    @Test
    void someoneTypedInByMistakeIsDeletedFromTheMembersToo() {
        db.people().insertAll(List.of(Person.of("v9", "误录", Role.VICE_MAYOR)), CLERK);
        MeetingSchedule.Entry entry = meetings.record(WEDNESDAY, MeetingType.EXECUTIVE, Optional.empty(),
                Optional.empty(), CLERK);
        assertThat(db.meetings().members(entry.id())).contains("v9");

        db.people().delete("v9", CLERK);

        assertThat(db.meetings().members(entry.id())).containsExactly("ev", "m", "sg", "v1", "v2", "v3");
    }
}
