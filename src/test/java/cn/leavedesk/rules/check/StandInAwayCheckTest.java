package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.DISTRICT;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static cn.leavedesk.rules.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import org.junit.jupiter.api.Test;

class StandInAwayCheckTest {
    @Test
    void warnsWhenThePersonInChargeMeanwhileIsAwayToo() {
        var request = trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12")
                .actingPerson("q1").build();
        var away = trip("h", DISTRICT, Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-06-11", "2026-06-11").build();
        assertThat(evaluate("hegang", request, away).findings()).extracting(Finding::code)
                .containsExactly(FindingCode.NO_ONE_PRESIDING);
    }

    @Test
    void aStandInOutsideTheRosterCannotBeCheckedAndIsNotFlagged() {
        var request = trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12")
                .actingPerson("副局长戊").build();
        assertThat(evaluate("hegang", request).findings()).isEmpty();
    }

    @Test
    void aStandInAwayOnOtherDaysIsFine() {
        var request = trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12")
                .actingPerson("q1").build();
        var away = trip("h", DISTRICT, Kind.LEAVE, Scope.WITHIN_PROVINCE, "2026-06-13", "2026-06-14").build();
        assertThat(evaluate("hegang", request, away).findings()).isEmpty();
    }

    @Test
    void onItsOwnTheCheckWarnsAboutAStandInAwayOnTheSameDays() {
        var away = trip("h1", cn.leavedesk.rules.Fixtures.DISTRICT, Kind.LEAVE, Scope.OUTSIDE_PROVINCE, "2026-06-11",
                "2026-06-13").build();
        var request = trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12")
                .actingPerson("q1").build();
        var result = new StandInAwayCheck().apply(cn.leavedesk.rules.Fixtures.context("hegang", request, away));
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_ONE_PRESIDING);
        assertThat(new StandInAwayCheck().apply(cn.leavedesk.rules.Fixtures.context("hegang", request)).findings())
                .isEmpty();
    }
}
