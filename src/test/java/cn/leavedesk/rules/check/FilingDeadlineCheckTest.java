package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
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
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.Fixtures;
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

    private static Absence.Builder requestOf(String who, String kindOrMeeting, String depart) {
        Person person = Fixtures.ROSTER.find(who).orElseThrow();
        if (kindOrMeeting.startsWith("MEETING:")) {
            return Fixtures.meeting("r", person, MeetingType.valueOf(kindOrMeeting.substring(8)), MAYOR, depart);
        }
        return trip("r", person, Kind.valueOf(kindOrMeeting), Scope.OUTSIDE_PROVINCE, depart,
                LocalDate.parse(depart).plusDays(2).toString());
    }

    /**
     * 事先 / 会前 set a deadline without a number of days: filed after the departure (meeting) day is late, citing
     * the article that says so; filed on the day itself is accepted, only dates being recorded.
     */
    @ParameterizedTest(name = "{0} {1} {2}: “{4}”")
    @CsvSource(delimiter = '|', textBlock = """
            wuhan    | v2  | BUSINESS_TRIP     | 武政〔2018〕54号 六十七            | 应当事先报告市长
            wuhan    | d1  | MEETING:PLENARY   | 武政〔2018〕54号 四十七            | 会前向市人民政府办公厅书面请假
            wuhan    | d1  | MEETING:EXECUTIVE | 武政〔2018〕54号 四十七            | 会前向市人民政府办公厅书面请假
            hangzhou | v2  | LEAVE             | 杭政〔2022〕9号 第五十六条          | 应事先报告市长
            hangzhou | d1  | BUSINESS_TRIP     | 杭政〔2022〕9号 第五十六条          | 应事先报告市长、相关副市长和市政府办公厅
            hegang   | dsg | OFFICIAL_VISIT    | 鹤政发〔2017〕2号 第五十二条（一）  | 应事先向市长请假
            shaoxing | sg  | LEAVE             | 绍政发〔2022〕5号 第五十八条        | 应事先报告市长
            """)
    void beforehandMeansByTheDepartureDay(String rulebook, String who, String kind, String article, String words) {
        Absence late = requestOf(who, kind, "2026-06-10").filed(LocalDate.parse("2026-06-11")).build();
        Evaluation e = evaluate(rulebook, late);
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.LATE_FILING).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.article()).contains(article);
            assertThat(f.message()).contains(words, "2026-06-11", "2026-06-10");
        });
        assertThat(e.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(e.fileBy()).as("事先 sets no working-day deadline").isEmpty();

        Absence sameDay = requestOf(who, kind, "2026-06-10").filed(LocalDate.parse("2026-06-10")).build();
        assertThat(evaluate(rulebook, sameDay).findings()).extracting(Finding::code).doesNotContain(FindingCode.LATE_FILING);
    }

    /** 六十七: 市长离汉…由市人民政府办公厅…报备 — no 事先 for the mayor, so no lateness either. */
    @Test
    void theWuhanMayorsFilingHasNoBeforehandDeadline() {
        Absence afterwards = trip("r", MAYOR, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12")
                .filed(LocalDate.parse("2026-06-15")).build();
        assertThat(evaluate("wuhan", afterwards).findings()).isEmpty();
    }

    /** A department head filing after leaving Wuhan breaks 六十七's 提前3个工作日 once, not twice. */
    @Test
    void theWorkingDayDeadlineAndNoBeforehandDuplicate() {
        Evaluation e = departmentHead("2026-06-08", "2026-06-05");
        assertThat(e.findings()).extracting(Finding::code).containsExactly(FindingCode.LATE_FILING);
    }

    @Test
    void noFilingDateNoBeforehandVerdict() {
        Absence unknown = trip("r", TRANSPORT_VM, Kind.LEAVE, Scope.OUTSIDE_PROVINCE, "2026-06-10", "2026-06-12")
                .filed(null).build();
        assertThat(evaluate("hangzhou", unknown).findings()).isEmpty();
    }

    /** 撤销: a cancelled request is not judged as if it were still planned. */
    @Test
    void aCancelledRequestIsNeverLate() {
        Absence cancelled = trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-05", "2026-06-06")
                .filed(LocalDate.parse("2026-06-04")).status(Status.CANCELLED).build();
        assertThat(new FilingDeadlineCheck().apply(Fixtures.context("wuhan", cancelled))).isEqualTo(CheckResult.none());
        Evaluation e = evaluate("wuhan", cancelled);
        assertThat(e.verdict()).isEqualTo(Verdict.OK);
        assertThat(e.findings()).isEmpty();
        assertThat(e.chain()).isEmpty();
        assertThat(e.afterReturn()).isEmpty();
    }

    @Test
    void onItsOwnTheCheckGivesFileByAndBeforehandLateness() {
        CheckResult working = new FilingDeadlineCheck().apply(Fixtures.context("wuhan",
                trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-05", "2026-06-06")
                        .filed(LocalDate.parse("2026-06-03")).build()));
        assertThat(working.fileBy()).contains(LocalDate.parse("2026-06-02"));
        assertThat(working.findings()).extracting(Finding::code).containsExactly(FindingCode.LATE_FILING);

        CheckResult beforehand = new FilingDeadlineCheck().apply(Fixtures.context("hangzhou",
                trip("r", TRANSPORT_VM, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-06-05", "2026-06-06")
                        .filed(LocalDate.parse("2026-06-06")).build()));
        assertThat(beforehand.fileBy()).isEmpty();
        assertThat(beforehand.findings()).singleElement()
                .satisfies(f -> assertThat(f.article()).contains("杭政〔2022〕9号 第五十六条"));
    }
}
