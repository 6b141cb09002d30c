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
}
