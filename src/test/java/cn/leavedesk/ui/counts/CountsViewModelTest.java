package cn.leavedesk.ui.counts;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Term;
import cn.leavedesk.service.DisplayText;
import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.service.AnnualReview;
import cn.leavedesk.service.AnnualReviewService;
import cn.leavedesk.service.OfficeSettings;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaders' review's view model on the review service and a real database file. */
class CountsViewModelTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay(SHANGHAI).toInstant(),
            SHANGHAI);
    private static final Actor CLERK = Actor.of("测试");
    private static final Optional<Term> TERM = Optional.of(new Term(LocalDate.of(2022, 1, 10),
            LocalDate.of(2027, 1, 9)));

    @TempDir
    Path dir;
    private Database db;
    private final List<Integer> asked = new ArrayList<>();
    private final List<String> exported = new ArrayList<>();
    private final List<Absence> opened = new ArrayList<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private CountsViewModel.Exporter exporter = (year, file) -> exported.add(year + " " + file.getFileName());
    private CountsViewModel.Source source;

    @BeforeEach
    void office() {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        db.people().insertAll(List.of(
                new Person("m", "王建国", Role.MAYOR, List.of(), Optional.empty(), TERM),
                new Person("v2", "赵立新", Role.VICE_MAYOR, List.of(), Optional.empty(), TERM),
                Person.of("d1", "刘洋", Role.DEPARTMENT_HEAD),
                Person.of("q1", "孙红梅", Role.DISTRICT_HEAD)), CLERK);
        insert(Absence.builder("a1", "m", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 4, 1)).destination("北京").build());
        insert(abroad("a2", "m", LocalDate.of(2026, 6, 8)));
        insert(abroad("a3", "v2", LocalDate.of(2025, 5, 10)));
        insert(Absence.builder("a4", "d1", Kind.LEAVE, Scope.WITHIN_CITY, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 5)).build());
        AnnualReviewService service = new AnnualReviewService(db, new RulebookService());
        CountsViewModel.Source real = CountsViewModel.Source.of(service);
        source = new CountsViewModel.Source() {
            @Override
            public AnnualReview review(int year) {
                asked.add(year);
                return real.review(year);
            }

            @Override
            public List<Absence> behind(String personId, int year, AnnualReview.Cell cell) {
                return real.behind(personId, year, cell);
            }
        };
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void insert(Absence absence) {
        db.absences().insert(absence, CLERK);
    }

    private static Absence abroad(String id, String person, LocalDate depart) {
        return Absence.builder(id, person, Kind.OFFICIAL_VISIT, Scope.ABROAD, depart, depart.plusDays(4))
                .destination("德国").stops(List.of(new Stop("DE", true))).build();
    }

    private CountsViewModel viewModel() {
        CountsViewModel vm = new CountsViewModel(source, (year, file) -> exporter.export(year, file), dialogs,
                new SyncTaskExecutor(), CLOCK);
        vm.setOnOpenAbsence(opened::add);
        return vm;
    }

    private CountsRow row(CountsViewModel vm, String id) {
        return vm.rows().stream().filter(r -> r.line().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void opensOnTheCurrentYearAndOffersNextYearToo() {
        CountsViewModel vm = viewModel();

        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.years()).startsWith(2027, 2026).endsWith(CountsViewModel.FIRST_YEAR);
    }

    @Test
    void showsEveryPersonWithWhatIsLeftOfTheirQuota() {
        CountsViewModel vm = viewModel();

        vm.refresh();

        assertThat(asked).containsExactly(2026);
        assertThat(vm.rows()).hasSize(4);
        CountsRow mayor = row(vm, "m");
        assertThat(mayor.count(Kind.BUSINESS_TRIP)).isEqualTo(1);
        assertThat(mayor.count(Kind.OFFICIAL_VISIT)).isEqualTo(1);
        assertThat(vm.reviewProperty().get().orElseThrow().periods())
                .containsExactly(QuotaPeriod.YEAR, QuotaPeriod.TERM, QuotaPeriod.TWO_YEARS);
        // the mayor's one trip a year is used: marked at the limit, none left
        DisplayText.QuotaCell year = CountsViewModel.quotaCell(mayor.quota(), QuotaPeriod.YEAR);
        assertThat(year.text()).isEqualTo(tr("counts.quota.remaining", 0, 1, 1));
        assertThat(year.mark()).isEqualTo(DisplayText.QuotaMark.AT_LIMIT);
        assertThat(CountsViewModel.quotaCell(mayor.quota(), QuotaPeriod.TERM).mark())
                .isEqualTo(DisplayText.QuotaMark.NOT_LIMITED);
        // the vice-mayor's 2025 trip: one of two left this term, none in the two years
        CountsRow vice = row(vm, "v2");
        assertThat(CountsViewModel.quotaCell(vice.quota(), QuotaPeriod.TERM).text())
                .isEqualTo(tr("counts.quota.remaining", 1, 1, 2));
        assertThat(CountsViewModel.quotaCell(vice.quota(), QuotaPeriod.TWO_YEARS).mark())
                .isEqualTo(DisplayText.QuotaMark.AT_LIMIT);
        assertThat(CountsViewModel.quotaCell(row(vm, "d1").quota(), QuotaPeriod.YEAR))
                .isEqualTo(new DisplayText.QuotaCell(tr("counts.quota.notLimited"), DisplayText.QuotaMark.NOT_LIMITED));
        assertThat(vm.summary().get()).isEqualTo(tr("counts.summary", 4, 2026));
    }

    @Test
    void aSecondTripInTheYearIsMarkedOverTheLimit() {
        insert(abroad("a5", "m", LocalDate.of(2026, 10, 12)));
        CountsViewModel vm = viewModel();

        vm.refresh();

        DisplayText.QuotaCell year = CountsViewModel.quotaCell(row(vm, "m").quota(), QuotaPeriod.YEAR);
        assertThat(year.mark()).isEqualTo(DisplayText.QuotaMark.EXCEEDED);
        assertThat(year.text()).isEqualTo(tr("counts.quota.remaining", 0, 2, 1));
    }

    @Test
    void aRulebookWithoutQuotasSaysSoInsteadOfQuotaColumns() {
        new SettingsService(db).save(new OfficeSettings("李文", "hangzhou"));
        CountsViewModel vm = viewModel();

        vm.refresh();

        AnnualReview review = vm.reviewProperty().get().orElseThrow();
        assertThat(review.hasQuotas()).isFalse();
        assertThat(review.periods()).isEmpty();
        assertThat(row(vm, "m").quota()).isEmpty();
        assertThat(row(vm, "m").line().tripsAbroad()).isEqualTo(1);
    }

    @Test
    void theChartShowsDaysByMonthAndKindForTheChosenRowOrEveryone() {
        CountsViewModel vm = viewModel();
        vm.refresh();

        CountsViewModel.Chart all = vm.chartProperty().get();
        assertThat(all.days().get(Kind.BUSINESS_TRIP)).containsExactly(0, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(all.days().get(Kind.LEAVE).get(6)).isEqualTo(5);
        assertThat(all.days().get(Kind.OFFICIAL_VISIT).get(5)).isEqualTo(5);
        assertThat(all.days()).doesNotContainKey(Kind.MEETING_ABSENCE);

        vm.selectedProperty().set(row(vm, "d1"));

        assertThat(vm.chartProperty().get().days()).containsOnlyKeys(Kind.LEAVE);
        assertThat(vm.chartProperty().get().title()).contains("刘洋");
    }

    @Test
    void aCellDrillsDownToTheAbsencesBehindItAndOpensOne() {
        CountsViewModel vm = viewModel();
        vm.refresh();

        vm.drill(row(vm, "m"), new AnnualReview.Cell.Quota(QuotaPeriod.YEAR));

        CountsViewModel.DrillDown drill = vm.drillDownProperty().get().orElseThrow();
        assertThat(drill.absences()).extracting(Absence::id).containsExactly("a2");
        assertThat(drill.title()).contains("王建国", "2026", tr("counts.period.year"));

        vm.drill(row(vm, "m"), new AnnualReview.Cell.OfKind(Kind.BUSINESS_TRIP));
        assertThat(vm.drillDownProperty().get().orElseThrow().absences()).extracting(Absence::id)
                .containsExactly("a1");
        vm.drill(row(vm, "m"), new AnnualReview.Cell.DaysAway());
        assertThat(vm.drillDownProperty().get().orElseThrow().absences()).extracting(Absence::id)
                .containsExactly("a1", "a2");

        vm.openAbsence(drill.absences().get(0));
        assertThat(opened).extracting(Absence::id).containsExactly("a2");
    }

    @Test
    void withoutAnAbsencePageAnAbsenceOpensAsItsDescription() {
        CountsViewModel vm = new CountsViewModel(source, exporter, dialogs, new SyncTaskExecutor(), CLOCK);
        vm.refresh();
        vm.drill(row(vm, "m"), new AnnualReview.Cell.TripsAbroad());

        vm.openAbsence(vm.drillDownProperty().get().orElseThrow().absences().get(0));

        assertThat(dialogs.informations).singleElement().asString().contains("2026-06-08", "德国");
    }

    @Test
    void choosingAnotherYearReadsIt() {
        CountsViewModel vm = viewModel();

        vm.yearProperty().set(2025);

        assertThat(asked).containsExactly(2025);
        assertThat(vm.summary().get()).isEqualTo(tr("counts.summary", 4, 2025));
    }

    @Test
    void theRoleGroupFilterSplitsCityLeadersFromDepartmentsAndDistricts() {
        CountsViewModel vm = viewModel();
        vm.refresh();

        vm.filterProperty().set(CountsViewModel.Filter.CITY_LEADERS);
        assertThat(vm.rows()).extracting(r -> r.line().id()).containsExactlyInAnyOrder("m", "v2");

        vm.filterProperty().set(CountsViewModel.Filter.DEPARTMENTS_AND_DISTRICTS);
        assertThat(vm.rows()).extracting(r -> r.line().id()).containsExactlyInAnyOrder("d1", "q1");

        vm.filterProperty().set(CountsViewModel.Filter.ALL);
        assertThat(vm.rows()).hasSize(4);
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
