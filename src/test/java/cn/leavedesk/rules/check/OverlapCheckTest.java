package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.MAYOR;
import static cn.leavedesk.rules.Fixtures.TRANSPORT_VM;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static cn.leavedesk.rules.Fixtures.meeting;
import static cn.leavedesk.rules.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import org.junit.jupiter.api.Test;

class OverlapCheckTest {
    private static final cn.leavedesk.domain.Absence REQUEST =
            trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12").build();

    @Test
    void warnsAboutAnotherAbsenceOfTheSamePersonOnOverlappingDays() {
        var other = trip("h", DEPARTMENT, Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-06-12", "2026-06-15").build();
        var e = evaluate("wuhan", REQUEST, other);
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.OVERLAPPING_ABSENCE);
        assertThat(e.findings().get(0).message()).contains("h");
    }

    @Test
    void adjacentDaysDoNotOverlap() {
        var other = trip("h", DEPARTMENT, Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-06-13", "2026-06-15").build();
        assertThat(evaluate("wuhan", REQUEST, other).findings()).isEmpty();
    }

    @Test
    void otherPeopleCancelledAbsencesAndTheRequestItselfAreIgnored() {
        var someoneElse = trip("h1", TRANSPORT_VM, Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-06-10", "2026-06-12").build();
        var cancelled = trip("h2", DEPARTMENT, Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-06-10", "2026-06-12")
                .status(Status.CANCELLED).build();
        var sameId = trip("r", DEPARTMENT, Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-06-10", "2026-06-12").build();
        assertThat(evaluate("wuhan", REQUEST, someoneElse, cancelled, sameId).findings()).isEmpty();
    }

    @Test
    void aMeetingMissedDuringATripIsNotADoubleBooking() {
        var missed = meeting("h", DEPARTMENT, MeetingType.EXECUTIVE, MAYOR, "2026-06-11").build();
        assertThat(evaluate("wuhan", REQUEST, missed).findings()).isEmpty();
    }

    @Test
    void onItsOwnTheCheckSeesOnlyTheActiveHistoryItIsGiven() {
        var request = trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12").build();
        var other = trip("h1", DEPARTMENT, Kind.LEAVE, Scope.OUTSIDE_PROVINCE, "2026-06-12", "2026-06-14").build();
        assertThat(new OverlapCheck().apply(cn.leavedesk.rules.Fixtures.context("wuhan", request, other)).findings())
                .extracting(Finding::code).containsExactly(FindingCode.OVERLAPPING_ABSENCE);
        assertThat(new OverlapCheck().apply(cn.leavedesk.rules.Fixtures.context("wuhan", request,
                other.withStatus(Status.CANCELLED))).findings()).isEmpty();
    }
}
