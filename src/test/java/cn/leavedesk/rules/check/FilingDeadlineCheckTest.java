package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.TRANSPORT_VM;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static cn.leavedesk.rules.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilingDeadlineCheckTest {
    private static Evaluation departmentHead(String filed, String depart) {
        return evaluate("wuhan", trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, depart,
                LocalDate.parse(depart).plusDays(2).toString()).filed(LocalDate.parse(filed)).build());
    }

    @ParameterizedTest(name = "departing {0}: file by {1}")
    @CsvSource({
        "2026-06-05, 2026-06-02",
        "2026-02-25, 2026-02-13",
        "2026-10-09, 2026-09-29",
        "2026-10-12, 2026-10-08",
        "2026-01-05, 2025-12-30"})
    void fileByIsThreeWorkingDaysBeforeDeparture(String depart, String fileBy) {
        Evaluation e = departmentHead("2025-12-01", depart);
        assertThat(e.fileBy()).contains(LocalDate.parse(fileBy));
        assertThat(e.findings()).isEmpty();
    }

    @Test
    void filingOnTheLastDayIsOnTime() {
        assertThat(departmentHead("2026-06-02", "2026-06-05").findings()).isEmpty();
    }

    @Test
    void filingTheDayAfterIsLateAndCitesArticle67() {
        Evaluation e = departmentHead("2026-06-03", "2026-06-05");
        assertThat(e.findings()).hasSize(1);
        Finding late = e.findings().get(0);
        assertThat(late.code()).isEqualTo(FindingCode.LATE_FILING);
        assertThat(late.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(late.article()).contains("武政〔2018〕54号 六十七");
        assertThat(late.message()).contains("2026-06-03", "2026-06-02");
    }

    @Test
    void noFilingDateMeansNoLatenessVerdictButStillADeadline() {
        Evaluation e = evaluate("wuhan", cn.leavedesk.domain.Absence.builder("r", "d1", Kind.LEAVE,
                Scope.WITHIN_PROVINCE, LocalDate.parse("2026-06-05"), LocalDate.parse("2026-06-06")).build());
        assertThat(e.fileBy()).contains(LocalDate.parse("2026-06-02"));
        assertThat(e.findings()).extracting(Finding::code).doesNotContain(FindingCode.LATE_FILING);
    }

    @Test
    void leadersHaveNoAdvanceNoticePeriod() {
        Evaluation e = evaluate("wuhan", trip("r", TRANSPORT_VM, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                "2026-06-05", "2026-06-06").filed(LocalDate.parse("2026-06-05")).build());
        assertThat(e.fileBy()).isEmpty();
        assertThat(e.findings()).isEmpty();
    }

    @Test
    void aDeadlineInAYearWithoutScheduleIsAnEstimateWithAWarning() {
        // 2027 has no notice yet, but 1 January is a statutory day off in every year: Thursday 31 December
        Evaluation e = departmentHead("2026-12-01", "2027-01-06");
        assertThat(e.fileBy()).contains(LocalDate.parse("2026-12-31"));
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.CALENDAR_UNKNOWN);
        assertThat(e.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(e.findings().get(0).message()).contains("2027");
    }
}
