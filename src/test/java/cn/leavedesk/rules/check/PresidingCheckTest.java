package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.EXECUTIVE;
import static cn.leavedesk.rules.Fixtures.MAYOR;
import static cn.leavedesk.rules.Fixtures.TRANSPORT_VM;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static cn.leavedesk.rules.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Presiding;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.rules.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresidingCheckTest {
    private static Absence.Builder mayorTrip(Kind kind, Scope scope) {
        return trip("r", MAYOR, kind, scope, "2026-06-10", "2026-06-12");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "wuhan, 武政〔2018〕54号 五",
        "hegang, 鹤政发〔2017〕2号 第九条",
        "yueqing, 乐清市人民政府工作规则 第八条"})
    void theExecutiveViceMayorPresidesWhileTheMayorIsAway(String rulebook, String article) {
        Evaluation e = evaluate(rulebook, mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).build());
        assertThat(e.presiding()).contains(new Presiding("ev", article));
    }

    @Test
    void inShaoxingTheViceMayorTheMayorDesignatedPresides() {
        Evaluation e = evaluate("shaoxing", mayorTrip(Kind.LEAVE, Scope.WITHIN_CITY).actingPerson("v2").build());
        assertThat(e.presiding()).contains(new Presiding("v2", "绍政发〔2022〕5号 第七条"));
        assertThat(e.findings()).isEmpty();
    }

    @Test
    void inShaoxingNoDesignationIsAWarningAndNoOnePresides() {
        Evaluation e = evaluate("shaoxing", mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).actingPerson(null).build());
        assertThat(e.presiding()).isEmpty();
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_ONE_PRESIDING);
    }

    @Test
    void inShaoxingADesigneeWhoIsNotAViceMayorIsRefused() {
        Evaluation e = evaluate("shaoxing", mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).actingPerson("d1").build());
        assertThat(e.presiding()).isEmpty();
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_ONE_PRESIDING);
    }

    @Test
    void hangzhouNamesNoOneSoNoOneIsNamed() {
        assertThat(evaluate("hangzhou", mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).build()).presiding()).isEmpty();
    }

    @Test
    void yueqingCoversTripsAndVisitsAwayFromTheCityOnly() {
        assertThat(evaluate("yueqing", mayorTrip(Kind.LEAVE, Scope.OUTSIDE_PROVINCE).build()).presiding()).isEmpty();
        assertThat(evaluate("yueqing", mayorTrip(Kind.BUSINESS_TRIP, Scope.WITHIN_CITY).build()).presiding()).isEmpty();
    }

    @Test
    void onlyTheMayorsAbsenceHasAPresider() {
        assertThat(evaluate("wuhan", trip("r", TRANSPORT_VM, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                "2026-06-10", "2026-06-12").build()).presiding()).isEmpty();
        assertThat(evaluate("wuhan", trip("r", DEPARTMENT, Kind.LEAVE, Scope.OUTSIDE_PROVINCE,
                "2026-06-10", "2026-06-12").build()).presiding()).isEmpty();
    }

    @Test
    void warnsWhenTheExecutiveViceMayorIsAwayToo() {
        Absence evAway = trip("h1", EXECUTIVE, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-12", "2026-06-14").build();
        Evaluation e = evaluate("wuhan", mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).build(), evAway);
        assertThat(e.presiding()).isPresent();
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_ONE_PRESIDING);
        assertThat(e.findings().get(0).message()).contains("h1");
    }

    @Test
    void aCancelledTripOfTheExecutiveViceMayorLeavesThemAvailable() {
        Absence cancelled = trip("h1", EXECUTIVE, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-12", "2026-06-14")
                .status(Status.CANCELLED).build();
        assertThat(evaluate("wuhan", mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).build(), cancelled)
                .findings()).isEmpty();
    }

    @Test
    void aRosterWithoutExecutiveViceMayorHasNoOneToPreside() {
        Roster roster = new Roster(List.of(MAYOR, TRANSPORT_VM));
        Evaluation e = Fixtures.evaluate("wuhan", roster, mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).build());
        assertThat(e.presiding()).isEmpty();
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_ONE_PRESIDING);
    }
}
