package cn.leavedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.AfterReturnDuty;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Scope;
import org.junit.jupiter.api.Test;

class AfterReturnTest {
    @Test
    void hegangDepartmentHeadsCancelTheirLeaveAndReportInWritingAfterASuperiorsMeeting() {
        var e = Fixtures.evaluate("hegang", Fixtures.trip("r", Fixtures.DEPARTMENT, Kind.BUSINESS_TRIP,
                Scope.OUTSIDE_PROVINCE, "2026-06-03", "2026-06-05").build());
        assertThat(e.afterReturn()).singleElement().satisfies(d -> {
            assertThat(d.cancelLeave()).isTrue();
            assertThat(d.writtenReportTo()).containsExactly(Party.SUPERVISING_VICE_MAYOR, Party.MAYOR);
            assertThat(d.article()).isEqualTo("鹤政发〔2017〕2号 第五十二条（四）");
        });
    }

    @Test
    void hegangLeadersOnlyCancelTheirLeave() {
        var e = Fixtures.evaluate("hegang", Fixtures.trip("r", Fixtures.TRANSPORT_VM, Kind.LEAVE,
                Scope.WITHIN_PROVINCE, "2026-06-03", "2026-06-05").build());
        assertThat(e.afterReturn()).extracting(AfterReturnDuty::writtenReportTo).containsExactly(java.util.List.of());
    }

    @Test
    void citiesThatSayNothingOweNothing() {
        assertThat(Fixtures.evaluate("wuhan", Fixtures.trip("r", Fixtures.DEPARTMENT, Kind.BUSINESS_TRIP,
                Scope.OUTSIDE_PROVINCE, "2026-06-03", "2026-06-05").build()).afterReturn()).isEmpty();
    }
}
