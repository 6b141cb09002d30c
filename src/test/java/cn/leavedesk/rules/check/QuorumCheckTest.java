package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.EXECUTIVE;
import static cn.leavedesk.rules.Fixtures.FOREIGN_VM;
import static cn.leavedesk.rules.Fixtures.MAYOR;
import static cn.leavedesk.rules.Fixtures.SECRETARY;
import static cn.leavedesk.rules.Fixtures.TRANSPORT_VM;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static cn.leavedesk.rules.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.Fixtures;
import java.util.List;
import java.util.Optional;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Status;
import org.junit.jupiter.api.Test;

/** Hegang's executive meeting has five members on the fixture roster: three must attend. */
class QuorumCheckTest {
    private static final String DAY = "2026-06-10";

    @Test
    void twoAbsentOfFiveLeavesAQuorum() {
        var e = evaluate("hegang", meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h1", FOREIGN_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build());
        assertThat(e.findings()).extracting(Finding::code).doesNotContain(FindingCode.QUORUM_AT_RISK);
    }

    @Test
    void threeAbsentOfFiveLeavesNoQuorum() {
        var e = evaluate("hegang", meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h1", FOREIGN_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h2", SECRETARY, MeetingType.EXECUTIVE, MAYOR, DAY).build());
        assertThat(e.findings()).extracting(Finding::code).contains(FindingCode.QUORUM_AT_RISK);
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.QUORUM_AT_RISK).singleElement()
                .satisfies(f -> assertThat(f.article()).contains("鹤政发〔2017〕2号 第三十七条"));
    }

    @Test
    void cancelledAbsencesOtherDaysOtherMeetingsAndNonMembersDoNotCount() {
        var e = evaluate("hegang", meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h1", FOREIGN_VM, MeetingType.EXECUTIVE, MAYOR, DAY).status(Status.CANCELLED).build(),
                meeting("h2", SECRETARY, MeetingType.EXECUTIVE, MAYOR, "2026-06-11").build(),
                meeting("h3", EXECUTIVE, MeetingType.PLENARY, MAYOR, DAY).build(),
                meeting("h4", DEPARTMENT, MeetingType.EXECUTIVE, MAYOR, DAY).build());
        assertThat(e.findings()).extracting(Finding::code).doesNotContain(FindingCode.QUORUM_AT_RISK);
    }

    @Test
    void otherCitiesSetNoQuorum() {
        var e = evaluate("wuhan", meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h1", FOREIGN_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h2", SECRETARY, MeetingType.EXECUTIVE, MAYOR, DAY).build());
        assertThat(e.findings()).isEmpty();
    }

    private static final Person V3 = new Person("v3", "副市长癸", Role.VICE_MAYOR, List.of(), Optional.empty(),
            Optional.of(Fixtures.TERM));
    /** Four members: mayor, executive vice-mayor, one vice-mayor, secretary-general. */
    private static final Roster FOUR = new Roster(List.of(MAYOR, EXECUTIVE, TRANSPORT_VM, SECRETARY, DEPARTMENT));

    /** 第三十七条 “应有半数以上组成人员出席方能召开”: 以上 includes the number, so two of four is enough. */
    @Test
    void exactlyHalfPresentIsAQuorum() {
        var e = Fixtures.evaluate("hegang", FOUR, meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h1", SECRETARY, MeetingType.EXECUTIVE, MAYOR, DAY).build());
        assertThat(e.findings()).extracting(Finding::code).doesNotContain(FindingCode.QUORUM_AT_RISK);
        var three = Fixtures.evaluate("hegang", FOUR, meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h1", SECRETARY, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h2", EXECUTIVE, MeetingType.EXECUTIVE, MAYOR, DAY).build());
        assertThat(three.findings()).extracting(Finding::code).contains(FindingCode.QUORUM_AT_RISK);
    }

    /** 出席 is being there: a member away on a trip or leave that day is not present, meeting absence filed or not. */
    @Test
    void membersAwayOnATripOrLeaveThatDayAreNotPresent() {
        var trip = Fixtures.trip("h1", FOREIGN_VM, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-09", "2026-06-11").build();
        var leave = Fixtures.trip("h2", SECRETARY, Kind.LEAVE, Scope.WITHIN_CITY, DAY, DAY).build();
        var e = evaluate("hegang", meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(), trip, leave);
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.QUORUM_AT_RISK).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2/5", "副市长丙", "秘书长戊"));
        var onlyTheTrip = evaluate("hegang", meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(), trip);
        assertThat(onlyTheTrip.findings()).extracting(Finding::code).doesNotContain(FindingCode.QUORUM_AT_RISK);
    }

    /** A member's trip over a day the register shows the executive meeting held counts against that meeting too. */
    @Test
    void aMembersTripOverAMeetingDayIsCheckedForThatDay() {
        var roster = new Roster(List.of(MAYOR, EXECUTIVE, FOREIGN_VM, TRANSPORT_VM, SECRETARY, V3, DEPARTMENT));
        var e = Fixtures.evaluate("hegang", roster, Fixtures.trip("r", V3, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                        "2026-06-09", "2026-06-11").build(),
                meeting("h1", FOREIGN_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h2", SECRETARY, MeetingType.EXECUTIVE, MAYOR, DAY).build(),
                meeting("h3", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build());
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.QUORUM_AT_RISK).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(DAY, "2/6"));
    }

    @Test
    void onItsOwnTheCheckCountsMeetingAbsencesAndTrips() {
        var trip = Fixtures.trip("h1", FOREIGN_VM, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, DAY, DAY).build();
        var result = new QuorumCheck().apply(Fixtures.context("hegang",
                meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(), trip,
                meeting("h2", SECRETARY, MeetingType.EXECUTIVE, MAYOR, DAY).build()));
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.QUORUM_AT_RISK);
        assertThat(result.findings().get(0).article()).contains("鹤政发〔2017〕2号 第三十七条");
        assertThat(new QuorumCheck().apply(Fixtures.context("wuhan",
                meeting("r", TRANSPORT_VM, MeetingType.EXECUTIVE, MAYOR, DAY).build(), trip)).findings()).isEmpty();
    }

    private static cn.leavedesk.rules.CheckContext scheduled(cn.leavedesk.rules.CheckContext ctx,
                                                            cn.leavedesk.domain.MeetingMembers... meetings) {
        return new cn.leavedesk.rules.CheckContext(ctx.rulebook(), ctx.roster(), ctx.person(), ctx.request(),
                ctx.others(), ctx.calendar(), ctx.messages(), ctx.match(), List.of(meetings));
    }

    /**
     * A meeting on the schedule counts its recorded members, not the roster's: with three recorded (the mayor, the
     * executive vice-mayor and the requester), the requester's trip and the executive's leave leave 1 of 3 there.
     * Counted from the roster (six members) 4 of 6 would be there and nothing said. A trip over a scheduled day is
     * checked although nobody asked to be excused yet; a requester not recorded as a member is not checked.
     */
    @Test
    void aScheduledMeetingCountsItsRecordedMembers() {
        var roster = new Roster(List.of(MAYOR, EXECUTIVE, FOREIGN_VM, TRANSPORT_VM, SECRETARY, V3, DEPARTMENT));
        var request = Fixtures.trip("r", V3, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-09", "2026-06-11")
                .build();
        var leave = Fixtures.trip("h1", EXECUTIVE, Kind.LEAVE, Scope.WITHIN_CITY, DAY, DAY).build();
        var meeting = new cn.leavedesk.domain.MeetingMembers("mtg", MeetingType.EXECUTIVE,
                java.time.LocalDate.parse(DAY), List.of(MAYOR.id(), EXECUTIVE.id(), V3.id()));
        var ctx = Fixtures.context("hegang", roster, request, leave);

        assertThat(new QuorumCheck().apply(ctx).findings()).as("no meeting known that day").isEmpty();
        assertThat(new QuorumCheck().apply(scheduled(ctx, meeting)).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(DAY, "1/3"));
        var notAMember = new cn.leavedesk.domain.MeetingMembers("mtg", MeetingType.EXECUTIVE,
                java.time.LocalDate.parse(DAY), List.of(MAYOR.id(), EXECUTIVE.id(), SECRETARY.id()));
        assertThat(new QuorumCheck().apply(scheduled(ctx, notAMember)).findings()).isEmpty();
    }
}
