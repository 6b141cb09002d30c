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

    /**
     * 武政〔2018〕54号 五 “市长外出期间” and 鹤政发〔2017〕2号 第九条 “市长外出期间” are read like the chain articles'
     * 离汉 / 离开本市外出: leaving the city. The mayor's leave inside the city needs no one to preside.
     */
    @ParameterizedTest
    @CsvSource({"wuhan", "hegang"})
    void outMeansOutOfTheCityForPresidingAsForTheChain(String rulebook) {
        Evaluation inside = evaluate(rulebook, mayorTrip(Kind.LEAVE, Scope.WITHIN_CITY).build());
        assertThat(inside.presiding()).isEmpty();
        assertThat(inside.chain()).isEmpty();
        assertThat(inside.readings()).anySatisfy(r -> assertThat(r).contains("外出"));
        Evaluation outside = evaluate(rulebook, mayorTrip(Kind.LEAVE, Scope.WITHIN_PROVINCE).build());
        assertThat(outside.presiding()).map(Presiding::personId).contains("ev");
    }

    /** 绍政发〔2022〕5号 第七条: “可由市长指定副市长主持市政府工作” — 可 is may: the message says so, not that anyone is away. */
    @Test
    void shaoxingsNoDesignationMessageSaysNoneWasDesignatedAndThatDesignatingIsOptional() {
        Evaluation e = evaluate("shaoxing", mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).actingPerson(null).build());
        assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(cn.leavedesk.domain.Severity.WARNING);
            assertThat(f.article()).contains("绍政发〔2022〕5号 第七条");
            assertThat(f.message()).contains("没有指定副市长", "可由市长指定", "不违反规定").doesNotContain("不在岗");
        });
        assertThat(e.verdict()).isEqualTo(cn.leavedesk.domain.Verdict.WARN);
        Evaluation en = new cn.leavedesk.rules.Evaluator(Fixtures.CALENDAR, cn.leavedesk.rules.Messages.of(java.util.Locale.ENGLISH))
                .evaluate(cn.leavedesk.rules.RulebookLoader.builtIn("shaoxing"), Fixtures.ROSTER, List.of(),
                        mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).actingPerson(null).build());
        assertThat(en.findings().get(0).message()).contains("designated no vice-mayor", "MAY", "no breach");
    }

    @Test
    void inShaoxingTheDesigneeMayBeWrittenByName() {
        Evaluation e = evaluate("shaoxing", mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).actingPerson("副市长丁").build());
        assertThat(e.presiding()).contains(new Presiding("v2", "绍政发〔2022〕5号 第七条"));
        assertThat(e.findings()).isEmpty();
    }

    /** 第七条 lists 出差、出访、请（休）假 like 第五十八条: OTHER_ABSENCE is read as one of them there too. */
    @Test
    void shaoxingsPresidingCoversTheMayorsOtherAbsence() {
        Evaluation e = evaluate("shaoxing", mayorTrip(Kind.OTHER_ABSENCE, Scope.OUTSIDE_PROVINCE).actingPerson("v2").build());
        assertThat(e.presiding()).map(Presiding::personId).contains("v2");
    }

    @Test
    void onItsOwnTheCheckNamesThePresiderAndWarnsWhenTheyAreAway() {
        Absence evAway = trip("h1", EXECUTIVE, Kind.LEAVE, Scope.OUTSIDE_PROVINCE, "2026-06-11", "2026-06-11").build();
        var result = new PresidingCheck().apply(Fixtures.context("wuhan",
                mayorTrip(Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE).build(), evAway));
        assertThat(result.presiding()).contains(new Presiding("ev", "武政〔2018〕54号 五"));
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_ONE_PRESIDING);
        var inCity = new PresidingCheck().apply(Fixtures.context("wuhan", mayorTrip(Kind.LEAVE, Scope.WITHIN_CITY).build()));
        assertThat(inCity.presiding()).isEmpty();
        assertThat(inCity.findings()).isEmpty();
    }
}
