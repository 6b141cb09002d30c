package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.MAYOR;
import static cn.leavedesk.rules.Fixtures.abroad;
import static cn.leavedesk.rules.Fixtures.context;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Stop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItineraryCheckTest {
    @ParameterizedTest(name = "{0} countries, {1} days: max {2}, ok={3}")
    @CsvSource({
        "1, 5, 5, true", "1, 6, 5, false",
        "2, 8, 8, true", "2, 9, 8, false",
        "3, 10, 10, true", "3, 11, 10, false"})
    void daysAbroadCountBothBorderDaysAgainstTheLimitForThatManyCountries(int countries, int days, int max, boolean ok) {
        String[] stops = List.of("GB", "FR", "DE").subList(0, countries).toArray(String[]::new);
        LocalDate depart = LocalDate.parse("2026-07-01");
        Evaluation e = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", depart.plusDays(days - 1L).toString(), stops).build());
        AbroadSummary s = e.abroad().orElseThrow();
        assertThat(s.countedCountries()).isEqualTo(countries);
        assertThat(s.daysAbroad()).isEqualTo(days);
        assertThat(s.maxDays()).contains(max);
        assertThat(e.findings()).extracting(Finding::code).map(Enum::name)
                .isEqualTo(ok ? List.of() : List.of("TOO_MANY_DAYS_ABROAD"));
    }

    @Test
    void airsideTransitsDoNotCountButATransitLeavingTheAirportDoes() {
        Evaluation e = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", "2026-07-05", "DE", "AE:transit").build());
        assertThat(e.abroad().orElseThrow().countedCountries()).isEqualTo(1);
        Evaluation e2 = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", "2026-07-05", "DE", "AE").build());
        assertThat(e2.abroad().orElseThrow().countedCountries()).isEqualTo(2);
    }

    @Test
    void hongKongMacauAndTaiwanCountAsRegionsAndRepeatsCountOnce() {
        Evaluation e = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", "2026-07-08", "HK", "MO", "HK").build());
        assertThat(e.abroad().orElseThrow().countedCountries()).isEqualTo(2);
    }

    @Test
    void fourCountriesBreakTheCountryLimit() {
        Evaluation e = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", "2026-07-08", "GB", "FR", "DE", "IT").build());
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.TOO_MANY_COUNTRIES);
        assertThat(e.abroad().orElseThrow().maxDays()).contains(10);
    }

    @Test
    void aTripAbroadWithoutItsCountriesCannotBeChecked() {
        Evaluation e = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", "2026-07-03").build());
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.MISSING_FIELD);
        assertThat(e.abroad().orElseThrow().maxDays()).isEmpty();
    }

    @Test
    void citiesWithoutFiguresCountButDoNotCap() {
        Evaluation e = evaluate("hangzhou", abroad("r", MAYOR, "2026-07-01", "2026-07-20", "GB", "FR", "DE", "IT").build());
        assertThat(e.findings()).isEmpty();
        assertThat(e.abroad().orElseThrow().maxDays()).isEmpty();
        assertThat(e.abroad().orElseThrow().countedCountries()).isEqualTo(4);
    }

    @Test
    void mainlandChinaOnTheItineraryIsNotAForeignCountry() {
        assertThat(AbroadFigures.countedCountries(List.of(new Stop("cn", true), new Stop("jp", true)))).isEqualTo(1);
    }

    @Test
    void onlyTripsAbroadHaveFigures() {
        assertThat(evaluate("wuhan", cn.leavedesk.rules.Fixtures.trip("r", DEPARTMENT, cn.leavedesk.domain.Kind.BUSINESS_TRIP,
                cn.leavedesk.domain.Scope.OUTSIDE_PROVINCE, "2026-07-01", "2026-07-03").build()).abroad()).isEmpty();
    }

    /** 武政〔2018〕54号 六十八: “出访1个国家不超过5天” — a trip whose stops are all 不出机场 still went abroad. */
    @Test
    void anAllAirsideTripGetsTheOneCountryLimitAndSaysSo() {
        Evaluation over = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", "2026-07-06", "AE:transit").build());
        assertThat(over.abroad().orElseThrow().countedCountries()).isZero();
        assertThat(over.abroad().orElseThrow().maxDays()).contains(5);
        assertThat(over.findings()).extracting(Finding::code)
                .containsExactly(FindingCode.MISSING_FIELD, FindingCode.TOO_MANY_DAYS_ABROAD);
        assertThat(over.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(over.findings().get(0).message()).contains("不出机场", "5");
        assertThat(over.readings()).anySatisfy(r -> assertThat(r).contains("不出机场"));

        Evaluation within = evaluate("wuhan", abroad("r", DEPARTMENT, "2026-07-01", "2026-07-05", "AE:transit", "QA:transit").build());
        assertThat(within.findings()).extracting(Finding::code).containsExactly(FindingCode.MISSING_FIELD);
        assertThat(within.verdict()).isEqualTo(cn.leavedesk.domain.Verdict.WARN);
    }

    /** 六十八 speaks of 因公出访 and 因公出国(境): a 休假 abroad is private travel, not limited there. */
    @Test
    void privateLeaveAbroadHasNoCountryOrDayLimitInWuhan() {
        Absence holiday = abroad("r", MAYOR, Kind.LEAVE, "2026-08-01", "2026-08-10", "TH", "MY", "SG", "ID").build();
        Evaluation e = evaluate("wuhan", holiday);
        assertThat(e.findings()).isEmpty();
        assertThat(e.abroad().orElseThrow().maxDays()).isEmpty();
        assertThat(e.abroad().orElseThrow().countedCountries()).isEqualTo(4);
        // 六十七 still applies: the mayor leaving Wuhan is filed with the three offices
        assertThat(e.chain()).hasSize(3);
    }

    @Test
    void onItsOwnTheCheckReturnsTheFiguresAndTheLimitFindings() {
        CheckResult result = new ItineraryCheck().apply(context("wuhan",
                abroad("r", DEPARTMENT, "2026-07-01", "2026-07-09", "GB", "FR").build()));
        assertThat(result.abroad().orElseThrow().maxDays()).contains(8);
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.TOO_MANY_DAYS_ABROAD);
        assertThat(result.steps()).isEmpty();

        CheckResult airside = new ItineraryCheck().apply(context("wuhan",
                abroad("r", DEPARTMENT, "2026-07-01", "2026-07-03", "AE:transit").build()));
        assertThat(airside.findings()).extracting(Finding::code).containsExactly(FindingCode.MISSING_FIELD);

        CheckResult leave = new ItineraryCheck().apply(context("wuhan",
                abroad("r", DEPARTMENT, Kind.LEAVE, "2026-07-01", "2026-07-20", "GB").build()));
        assertThat(leave.findings()).isEmpty();
        assertThat(leave.abroad().orElseThrow().maxDays()).isEmpty();
    }
}
