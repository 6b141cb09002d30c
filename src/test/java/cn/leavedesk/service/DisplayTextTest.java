package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.Quota;
import cn.leavedesk.ui.DomainLabels;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is printed and exported names things exactly as the screens do. */
class DisplayTextTest {
    private final DisplayText text = DisplayText.chinese();

    @Test
    void rolesKindsAndScopesReadAsOnScreen() {
        for (Role role : Role.values()) {
            assertThat(text.role(role)).isEqualTo(DomainLabels.role(role));
        }
        for (Kind kind : Kind.values()) {
            assertThat(text.kind(kind)).isEqualTo(DomainLabels.kind(kind));
        }
        for (Scope scope : Scope.values()) {
            assertThat(text.scope(scope)).isEqualTo(DomainLabels.scope(scope));
        }
    }

    @Test
    void quotaCellsSayWhatIsLeftUnderEachLimit() {
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        Quota mayor = new Quota("mayor", new cn.leavedesk.rules.LocalizedText("mayor", null), java.util.Set.of(),
                List.of(), Optional.of(1), Optional.empty(), Optional.empty(), Quota.Combine.BOTH);
        QuotaUse used = new QuotaUse(mayor, asOf, 1, Optional.of(3), 2);

        assertThat(text.quotaCell(Optional.of(used), cn.leavedesk.domain.QuotaPeriod.YEAR))
                .isEqualTo(new DisplayText.QuotaCell(text.tr("counts.quota.remaining", 0, 1, 1),
                        DisplayText.QuotaMark.AT_LIMIT));
        assertThat(text.quotaCell(Optional.empty(), cn.leavedesk.domain.QuotaPeriod.YEAR).mark())
                .isEqualTo(DisplayText.QuotaMark.NOT_LIMITED);
    }

    @Test
    void daysAreWrittenTheChineseWay() {
        assertThat(text.day(LocalDate.of(2026, 3, 9))).isEqualTo("2026年3月9日（星期一）");
        assertThat(DisplayText.of(java.util.Locale.ENGLISH).day(LocalDate.of(2026, 3, 9))).isEqualTo("Monday 9 March 2026");
    }
}
