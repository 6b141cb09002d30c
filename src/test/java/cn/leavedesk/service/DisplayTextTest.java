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
    void quotaCellsNameEachLimitAndWhatIsUsed() {
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        Quota mayor = new Quota("mayor", new cn.leavedesk.rules.LocalizedText("mayor", null), java.util.Set.of(),
                List.of(), Optional.of(1), Optional.empty(), Optional.empty(), Quota.Combine.BOTH);
        Quota vice = new Quota("vice", new cn.leavedesk.rules.LocalizedText("vice", null), java.util.Set.of(),
                List.of(), Optional.empty(), Optional.of(2), Optional.of(1), Quota.Combine.EITHER);
        Quota asNeeded = new Quota("asNeeded", new cn.leavedesk.rules.LocalizedText("asNeeded", null),
                java.util.Set.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Quota.Combine.BOTH);

        assertThat(text.quota(new QuotaUse(mayor, asOf, 1, Optional.of(3), 2))).isEqualTo("本年 1/1");
        assertThat(text.quota(new QuotaUse(vice, asOf, 1, Optional.of(3), 2))).isEqualTo("本任期 3/2，两年内 2/1");
        assertThat(text.quota(new QuotaUse(vice, asOf, 0, Optional.empty(), 0))).contains("2").contains("0/1");
        assertThat(text.quota(new QuotaUse(asNeeded, asOf, 2, Optional.empty(), 0))).contains("2");
    }

    @Test
    void daysAreWrittenTheChineseWay() {
        assertThat(text.day(LocalDate.of(2026, 3, 9))).isEqualTo("2026年3月9日（星期一）");
        assertThat(DisplayText.of(java.util.Locale.ENGLISH).day(LocalDate.of(2026, 3, 9))).isEqualTo("Monday 9 March 2026");
    }
}
