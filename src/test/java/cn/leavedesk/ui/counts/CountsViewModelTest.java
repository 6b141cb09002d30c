package cn.leavedesk.ui.counts;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.rules.LocalizedText;
import cn.leavedesk.rules.Quota;
import cn.leavedesk.service.QuotaUse;
import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.store.PersonYear;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountsViewModelTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay(SHANGHAI).toInstant(),
            SHANGHAI);
    private static final Quota MAYOR_QUOTA = new Quota("principal", text(), Set.of(Role.MAYOR), List.of(),
            Optional.of(1), Optional.empty(), Optional.empty(), Quota.Combine.EITHER);
    private static final Quota LEADER_QUOTA = new Quota("other", text(), Set.of(Role.VICE_MAYOR), List.of(),
            Optional.empty(), Optional.of(2), Optional.of(1), Quota.Combine.EITHER);
    private static final Quota AS_NEEDED = new Quota("portfolio", text(), Set.of(Role.VICE_MAYOR), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), Quota.Combine.EITHER);

    private final List<Integer> asked = new ArrayList<>();
    private final List<String> exported = new ArrayList<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private CountsViewModel.Exporter exporter = (year, file) -> exported.add(year + " " + file.getFileName());

    private static LocalizedText text() {
        return new LocalizedText("组", "group");
    }

    private final CountsViewModel.Source source = new CountsViewModel.Source() {
        @Override
        public AnnualReport annual(int year) {
            asked.add(year);
            return new AnnualReport(year, List.of(
                    new PersonYear("m", "王建国", Role.MAYOR, Map.of(Kind.BUSINESS_TRIP, 1), 3, 0),
                    new PersonYear("v2", "赵立新", Role.VICE_MAYOR, Map.of(), 0, 0),
                    new PersonYear("d1", "刘洋", Role.DEPARTMENT_HEAD, Map.of(Kind.LEAVE, 2), 5, 0),
                    new PersonYear("q1", "孙红梅", Role.DISTRICT_HEAD, Map.of(), 0, 0)));
        }

        @Override
        public Map<String, QuotaUse> quotas(int year) {
            return Map.of("m", new QuotaUse(MAYOR_QUOTA, LocalDate.of(year, 12, 31), 0, Optional.empty(), 0));
        }
    };

    private CountsViewModel viewModel() {
        return new CountsViewModel(source, (year, file) -> exporter.export(year, file), dialogs,
                new SyncTaskExecutor(), CLOCK);
    }

    @Test
    void opensOnTheCurrentYearAndOffersNextYearToo() {
        CountsViewModel vm = viewModel();

        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.years()).startsWith(2027, 2026).endsWith(CountsViewModel.FIRST_YEAR);
    }

    @Test
    void showsEveryPersonWithTheirQuota() {
        CountsViewModel vm = viewModel();

        vm.refresh();

        assertThat(asked).containsExactly(2026);
        assertThat(vm.rows()).hasSize(4);
        CountsRow mayor = vm.rows().get(0);
        assertThat(mayor.count(Kind.BUSINESS_TRIP)).isEqualTo(1);
        assertThat(mayor.count(Kind.LEAVE)).isZero();
        assertThat(mayor.quota()).isPresent();
        assertThat(vm.rows().get(2).quota()).isEmpty();
        assertThat(vm.summary().get()).isEqualTo(tr("counts.summary", 4, 2026));
    }

    @Test
    void choosingAnotherYearReadsIt() {
        CountsViewModel vm = viewModel();

        vm.yearProperty().set(2025);

        assertThat(asked).containsExactly(2025);
        assertThat(vm.summary().get()).isEqualTo("2025 年度，4 人");
    }

    @Test
    void theRoleGroupFilterSplitsCityLeadersFromDepartmentsAndDistricts() {
        CountsViewModel vm = viewModel();
        vm.refresh();

        vm.filterProperty().set(CountsViewModel.Filter.CITY_LEADERS);
        assertThat(vm.rows()).extracting(r -> r.line().id()).containsExactly("m", "v2");

        vm.filterProperty().set(CountsViewModel.Filter.DEPARTMENTS_AND_DISTRICTS);
        assertThat(vm.rows()).extracting(r -> r.line().id()).containsExactly("d1", "q1");

        vm.filterProperty().set(CountsViewModel.Filter.ALL);
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void quotaReadsAsTheRulebookPutsIt() {
        LocalDate end = LocalDate.of(2026, 12, 31);

        assertThat(CountsViewModel.quotaText(new QuotaUse(MAYOR_QUOTA, end, 0, Optional.empty(), 0)))
                .isEqualTo("本年 0/1");
        assertThat(CountsViewModel.quotaText(new QuotaUse(LEADER_QUOTA, end, 1, Optional.of(1), 1)))
                .isEqualTo("本任期 1/2，两年内 1/1");
        assertThat(CountsViewModel.quotaText(new QuotaUse(LEADER_QUOTA, end, 0, Optional.empty(), 0)))
                .isEqualTo("本任期 ?/2（任期未登记），两年内 0/1");
        assertThat(CountsViewModel.quotaText(new QuotaUse(AS_NEEDED, end, 2, Optional.of(3), 2)))
                .isEqualTo("按工作需要（本年 2 次）");
    }

    @Test
    void exportWritesTheChosenYearToTheChosenFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        dialogs.savingTo(dir.resolve("统计.csv"));
        CountsViewModel vm = viewModel();
        vm.yearProperty().set(2025);

        vm.export();

        assertThat(dialogs.saveChoices).singleElement()
                .satisfies(c -> assertThat(c.initialFileName()).contains("年度统计-2025.xlsx"));
        assertThat(exported).containsExactly("2025 统计.csv");
        assertThat(dialogs.notifications).containsExactly(tr("counts.exported", "统计.csv"));
    }

    @Test
    void aNameWithoutEndingBecomesAWorkbook(@org.junit.jupiter.api.io.TempDir Path dir) {
        dialogs.savingTo(dir.resolve("统计"));

        viewModel().export();

        assertThat(exported).containsExactly("2026 统计.xlsx");
    }

    @Test
    void aFailedExportTellsTheClerk(@org.junit.jupiter.api.io.TempDir Path dir) {
        dialogs.savingTo(dir.resolve("统计.xlsx"));
        exporter = (year, file) -> {
            throw new IOException("磁盘已满");
        };

        viewModel().export();

        assertThat(dialogs.errors).singleElement().asString().contains("磁盘已满");
        assertThat(dialogs.notifications).isEmpty();
    }

    @Test
    void cancellingTheFileChooserWritesNothing() {
        viewModel().export();

        assertThat(exported).isEmpty();
        assertThat(dialogs.saveChoices).hasSize(1);
    }

    @Test
    void leadersAndOfficeStaffAreCityLeadersHeadsOfDepartmentsAndDistrictsAreNot() {
        for (Role role : Role.values()) {
            CountsRow.RoleGroup expected = role == Role.DEPARTMENT_HEAD || role == Role.DISTRICT_HEAD
                    ? CountsRow.RoleGroup.DEPARTMENTS_AND_DISTRICTS : CountsRow.RoleGroup.CITY_LEADERS;
            assertThat(CountsRow.RoleGroup.of(role)).as(role.name()).isEqualTo(expected);
        }
    }
}
