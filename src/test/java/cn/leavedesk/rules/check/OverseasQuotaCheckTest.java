package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.EXECUTIVE;
import static cn.leavedesk.rules.Fixtures.FOREIGN_VM;
import static cn.leavedesk.rules.Fixtures.MAYOR;
import static cn.leavedesk.rules.Fixtures.SECRETARY;
import static cn.leavedesk.rules.Fixtures.TRANSPORT_VM;
import static cn.leavedesk.rules.Fixtures.abroad;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.AbroadSummary;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.domain.Status;
import cn.leavedesk.rules.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverseasQuotaCheckTest {
    private static Absence visit(String id, Person who, String depart) {
        java.time.LocalDate d = java.time.LocalDate.parse(depart);
        return abroad(id, who, depart, d.plusDays(4).toString(), "JP").build();
    }

    private static List<String> codes(Evaluation e) {
        return e.findings().stream().map(f -> f.code() + "/" + f.severity()).toList();
    }

    @Test
    void theMayorsSecondTripInAYearBreaksTheYearLimit() {
        Evaluation e = evaluate("wuhan", visit("r", MAYOR, "2026-09-01"), visit("h", MAYOR, "2026-03-01"));
        assertThat(e.abroad().orElseThrow().tripsThisYear()).isEqualTo(2);
        assertThat(codes(e)).containsExactly("ABROAD_YEAR_LIMIT/VIOLATION");
    }

    @Test
    void theMayorsTripsInDifferentYearsAreFine() {
        Evaluation e = evaluate("wuhan", visit("r", MAYOR, "2026-09-01"), visit("h", MAYOR, "2025-09-01"));
        assertThat(e.findings()).isEmpty();
        assertThat(e.abroad().orElseThrow()).isEqualTo(new AbroadSummary(1, 5, Optional.of(5), 1, Optional.of(2), 2));
    }

    @Test
    void cancelledTripsNeverCount() {
        Absence cancelled = visit("h", MAYOR, "2026-03-01").withStatus(Status.CANCELLED);
        Evaluation e = evaluate("wuhan", visit("r", MAYOR, "2026-09-01"), cancelled);
        assertThat(e.findings()).isEmpty();
        assertThat(e.abroad().orElseThrow().tripsThisYear()).isEqualTo(1);
    }

    @Test
    void foreignAffairsViceMayorIsCountedButNotCapped() {
        Evaluation e = evaluate("wuhan", visit("r", FOREIGN_VM, "2026-09-01"), visit("h1", FOREIGN_VM, "2026-03-01"),
                visit("h2", FOREIGN_VM, "2025-03-01"), visit("h3", FOREIGN_VM, "2024-03-01"));
        assertThat(e.findings()).isEmpty();
        assertThat(e.abroad().orElseThrow().tripsThisTerm()).contains(4);
    }

    @Test
    void otherLeaderExceedingOnlyTheTwoYearLimitGetsAWarning() {
        // term: 2 trips (≤ 2 holds); two years: 2 trips (> 1)
        Evaluation e = evaluate("wuhan", visit("r", TRANSPORT_VM, "2026-09-01"), visit("h", TRANSPORT_VM, "2025-10-01"));
        assertThat(codes(e)).containsExactly("ABROAD_TWO_YEAR_LIMIT/WARNING");
    }

    @Test
    void otherLeaderExceedingOnlyTheTermLimitGetsAWarning() {
        Evaluation e = evaluate("wuhan", visit("r", SECRETARY, "2026-09-01"), visit("h1", SECRETARY, "2024-03-01"),
                visit("h2", SECRETARY, "2022-03-01"));
        AbroadSummary s = e.abroad().orElseThrow();
        assertThat(s.tripsThisTerm()).contains(3);
        assertThat(s.tripsInTwoYears()).isEqualTo(1);
        assertThat(codes(e)).containsExactly("ABROAD_TERM_LIMIT/WARNING");
    }

    @Test
    void otherLeaderExceedingBothLimitsIsAViolationOnBoth() {
        Evaluation e = evaluate("wuhan", visit("r", EXECUTIVE, "2026-09-01"), visit("h1", EXECUTIVE, "2026-01-01"),
                visit("h2", EXECUTIVE, "2023-03-01"));
        assertThat(codes(e)).containsExactly("ABROAD_TERM_LIMIT/VIOLATION", "ABROAD_TWO_YEAR_LIMIT/VIOLATION");
    }

    @Test
    void theTwoYearWindowStartsTheDayAfterTheSameDateTwoYearsEarlier() {
        Evaluation exactlyTwoYears = evaluate("wuhan", visit("r", TRANSPORT_VM, "2026-09-01"), visit("h", TRANSPORT_VM, "2024-09-01"));
        assertThat(exactlyTwoYears.abroad().orElseThrow().tripsInTwoYears()).isEqualTo(1);
        Evaluation aDayLater = evaluate("wuhan", visit("r", TRANSPORT_VM, "2026-09-01"), visit("h", TRANSPORT_VM, "2024-09-02"));
        assertThat(aDayLater.abroad().orElseThrow().tripsInTwoYears()).isEqualTo(2);
    }

    @Test
    void laterTripsDoNotCountInTheTwoYearsBeforeDeparture() {
        Evaluation e = evaluate("wuhan", visit("r", TRANSPORT_VM, "2026-03-01"), visit("h", TRANSPORT_VM, "2026-09-01"));
        assertThat(e.abroad().orElseThrow().tripsInTwoYears()).isEqualTo(1);
        assertThat(e.abroad().orElseThrow().tripsThisYear()).isEqualTo(2);
    }

    @Test
    void aPerTermQuotaWithoutTermOnRecordSaysSo() {
        Person noTerm = new Person("v9", "副市长癸", Role.VICE_MAYOR, List.of(), Optional.empty(), Optional.empty());
        Roster roster = new Roster(List.of(MAYOR, EXECUTIVE, noTerm));
        Evaluation e = Fixtures.evaluate("wuhan", roster, visit("r", noTerm, "2026-09-01"));
        assertThat(codes(e)).containsExactly("TERM_UNKNOWN/WARNING");
        assertThat(e.abroad().orElseThrow().tripsThisTerm()).isEmpty();
    }

    @Test
    void theMayorHasNoPerTermQuotaSoAMissingTermIsNoConcern() {
        Person mayor = new Person("m", "市长", Role.MAYOR, List.of(), Optional.empty(), Optional.empty());
        Evaluation e = Fixtures.evaluate("wuhan", new Roster(List.of(mayor, EXECUTIVE)), visit("r", mayor, "2026-09-01"));
        assertThat(e.findings()).extracting(Finding::code).doesNotContain(FindingCode.TERM_UNKNOWN);
    }

    @Test
    void theBothReadingMakesEachExceededLimitAViolation() throws Exception {
        String json;
        try (var in = getClass().getResourceAsStream("/leavedesk/rulebooks/wuhan.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var both = cn.leavedesk.rules.RulebookLoader.read("wuhan-both.json", new java.io.ByteArrayInputStream(
                json.replace("\"combine\": \"EITHER\"", "\"combine\": \"BOTH\"").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Evaluation e = new cn.leavedesk.rules.Evaluator(Fixtures.CALENDAR, cn.leavedesk.rules.Messages.chinese())
                .evaluate(both, Fixtures.ROSTER, List.of(visit("h", TRANSPORT_VM, "2025-10-01")), visit("r", TRANSPORT_VM, "2026-09-01"));
        assertThat(e.findings()).extracting(Finding::severity).containsExactly(Severity.VIOLATION);
    }

    @Test
    void departmentHeadsHaveNoTripQuota() {
        Evaluation e = evaluate("wuhan", visit("r", Fixtures.DEPARTMENT, "2026-09-01"),
                visit("h", Fixtures.DEPARTMENT, "2026-03-01"));
        assertThat(e.findings()).isEmpty();
    }

    /**
     * 武政〔2018〕54号 六十八: “市人民政府领导同志原则上每年出国不超过1次” sits in a paragraph about 因公出访 / 因公出国(境).
     * A 7-day private holiday abroad neither uses up the mayor's yearly trip nor breaks it.
     */
    @Test
    void aPrivateHolidayAbroadDoesNotUseUpTheMayorsYearlyTrip() {
        Absence holiday = abroad("h", MAYOR, Kind.LEAVE, "2026-02-01", "2026-02-07", "TH").build();
        Evaluation official = evaluate("wuhan", visit("r", MAYOR, "2026-09-01"), holiday);
        assertThat(official.findings()).isEmpty();
        assertThat(official.abroad().orElseThrow().tripsThisYear()).isEqualTo(1);

        Evaluation holidayItself = evaluate("wuhan", abroad("r", MAYOR, Kind.LEAVE, "2026-09-01", "2026-09-07", "TH").build(),
                visit("h", MAYOR, "2026-03-01"));
        assertThat(holidayItself.findings()).isEmpty();
        assertThat(holidayItself.abroad().orElseThrow().tripsThisYear()).as("the official visit only").isEqualTo(1);
        assertThat(holidayItself.abroad().orElseThrow().maxDays()).isEmpty();
    }

    @Test
    void wuhansDefaultCountedKindsNameTheOfficialOnes() {
        var rules = cn.leavedesk.rules.RulebookLoader.builtIn("wuhan").abroad().orElseThrow();
        assertThat(rules.countedKinds()).containsExactlyInAnyOrder(Kind.OFFICIAL_VISIT, Kind.BUSINESS_TRIP);
    }

    @Test
    void onItsOwnTheCheckFindsTheYearLimitAndSkipsPrivateTravel() {
        CheckResult second = new OverseasQuotaCheck().apply(Fixtures.context("wuhan", visit("r", MAYOR, "2026-09-01"),
                visit("h", MAYOR, "2026-03-01")));
        assertThat(second.findings()).extracting(Finding::code).containsExactly(FindingCode.ABROAD_YEAR_LIMIT);
        CheckResult holiday = new OverseasQuotaCheck().apply(Fixtures.context("wuhan",
                abroad("r", MAYOR, Kind.LEAVE, "2026-09-01", "2026-09-07", "TH").build(), visit("h", MAYOR, "2026-03-01")));
        assertThat(holiday.findings()).isEmpty();
    }
}
