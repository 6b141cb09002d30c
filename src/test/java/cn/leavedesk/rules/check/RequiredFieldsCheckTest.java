package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.TRANSPORT_VM;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequiredFieldsCheckTest {
    private static Absence bare(String who, Scope scope) {
        return Absence.builder("r", who, Kind.BUSINESS_TRIP, scope, LocalDate.parse("2026-06-10"),
                LocalDate.parse("2026-06-12")).build();
    }

    @Test
    void hegangsWrittenRequestNamesEveryMissingFact() {
        Evaluation e = evaluate("hegang", bare(DEPARTMENT.id(), Scope.OUTSIDE_PROVINCE));
        assertThat(e.findings()).allSatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.MISSING_FIELD);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.article()).contains("鹤政发〔2017〕2号 第五十二条（三）");
        });
        assertThat(e.findings()).extracting(Finding::message).hasSize(5)
                .anySatisfy(m -> assertThat(m).contains("事由"))
                .anySatisfy(m -> assertThat(m).contains("目的地"))
                .anySatisfy(m -> assertThat(m).contains("联系方式"))
                .anySatisfy(m -> assertThat(m).contains("外出期间主持工作的同志"))
                .anySatisfy(m -> assertThat(m).contains("附件"));
    }

    @Test
    void aCompleteRequestHasNothingMissing() {
        assertThat(evaluate("hegang", cn.leavedesk.rules.Fixtures.trip("r", DEPARTMENT, Kind.BUSINESS_TRIP,
                Scope.WITHIN_PROVINCE, "2026-06-10", "2026-06-12").build()).findings()).isEmpty();
    }

    @Test
    void blankTextCountsAsMissing() {
        Absence blank = cn.leavedesk.rules.Fixtures.trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.WITHIN_PROVINCE,
                "2026-06-10", "2026-06-12").contact("  ").build();
        assertThat(evaluate("hegang", blank).findings()).extracting(Finding::message)
                .singleElement().asString().contains("联系方式");
    }

    @Test
    void otherCitiesAndOtherRolesDoNotAskForTheWrittenFacts() {
        assertThat(evaluate("wuhan", bare(DEPARTMENT.id(), Scope.OUTSIDE_PROVINCE)).findings()).isEmpty();
        assertThat(evaluate("hegang", bare(TRANSPORT_VM.id(), Scope.OUTSIDE_PROVINCE)).findings()).isEmpty();
    }

    /** 鹤政发〔2017〕2号 第五十二条（三）: 请假报告内容包括…联系方式和外出期间主持工作的同志 — blank is missing. */
    @Test
    void onItsOwnTheCheckNamesBlankFactsAsMissing() {
        Absence blank = cn.leavedesk.rules.Fixtures.trip("r", DEPARTMENT, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                "2026-06-10", "2026-06-12").contact("").actingPerson("  ").attachments(java.util.List.of(" ")).build();
        var result = new RequiredFieldsCheck().apply(cn.leavedesk.rules.Fixtures.context("hegang", blank));
        assertThat(result.findings()).extracting(Finding::code).containsOnly(FindingCode.MISSING_FIELD).hasSize(3);
        assertThat(result.findings()).allSatisfy(f ->
                assertThat(f.article()).contains("鹤政发〔2017〕2号 第五十二条（三）"));
        assertThat(result.findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("联系方式"));
    }
}
