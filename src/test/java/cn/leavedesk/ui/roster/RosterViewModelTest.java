package cn.leavedesk.ui.roster;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.roster.RosterRow;
import cn.leavedesk.domain.roster.TermRecord;
import cn.leavedesk.service.RosterProblem.Field;
import cn.leavedesk.service.RosterService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterViewModelTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.parse("2026-11-30").atStartOfDay(ZoneId.systemDefault())
            .toInstant(), ZoneId.systemDefault());

    @TempDir
    Path dir;
    private Database db;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private RosterViewModel viewModel;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("roster.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        viewModel = new RosterViewModel(new RosterService(db), new SyncTaskExecutor(), dialogs,
                new AppState(db.file(), ClerkSettings.defaults()), TODAY);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void typeViceMayor(String name) {
        viewModel.newPerson();
        viewModel.text(Field.NAME).set(name);
        viewModel.roleProperty().set(Role.VICE_MAYOR);
        viewModel.text(Field.PORTFOLIOS).set("外事、商务");
        viewModel.text(Field.TERM_START).set("2022-01-10");
        viewModel.text(Field.TERM_END).set("2027-01-09");
    }

    @Test
    void aFieldShowsItsProblemOnlyOnceTouched() {
        viewModel.newPerson();

        assertThat(viewModel.problem(Field.NAME).get()).isEmpty();
        viewModel.text(Field.NAME).set("陈");
        viewModel.text(Field.NAME).set("");
        assertThat(viewModel.problem(Field.NAME).get()).isEqualTo(tr("roster.problem.required", tr("roster.field.name")));
        assertThat(viewModel.problem(Field.ROLE).get()).isEmpty();

        viewModel.text(Field.TERM_START).set("2022-13-40");
        assertThat(viewModel.problem(Field.TERM_START).get()).isEqualTo(tr("roster.problem.date"));
    }

    @Test
    void savingAnIncompleteFormShowsEveryProblemAndStoresNothing() {
        viewModel.newPerson();
        viewModel.text(Field.TERM_END).set("2027-01-09");

        assertThat(viewModel.save()).isFalse();

        assertThat(viewModel.problem(Field.NAME).get()).isNotEmpty();
        assertThat(viewModel.problem(Field.ROLE).get()).isEqualTo(tr("roster.problem.required", tr("roster.field.role")));
        assertThat(viewModel.problem(Field.TERM_START).get()).isEqualTo(tr("roster.problem.bothEnds"));
        assertThat(db.people().all()).isEmpty();
    }

    @Test
    void aNewPersonIsStoredListedAndShownWithTheirTerm() {
        typeViceMayor("陈静怡");

        assertThat(viewModel.save()).isTrue();

        assertThat(viewModel.rows()).extracting(r -> r.person().name()).containsExactly("陈静怡");
        assertThat(viewModel.modeProperty().get()).isEqualTo(RosterViewModel.Mode.EDIT);
        assertThat(viewModel.terms()).hasSize(1);
        assertThat(dialogs.notifications).containsExactly(tr("roster.added", "陈静怡"));
        assertThat(db.people().all().get(0).portfolios()).containsExactly("FOREIGN_AFFAIRS", "COMMERCE");
    }

    @Test
    void aSecondTermIsAddedFromTheTermFormAndItsStartIsCheckedOnTheField() {
        typeViceMayor("陈静怡");
        viewModel.save();

        assertThat(viewModel.newTermStartProperty().get()).isEqualTo("2027-01-10");
        viewModel.newTermStartProperty().set("2021-01-01");
        assertThat(viewModel.newTermProblem(Field.TERM_START).get())
                .isEqualTo(tr("roster.problem.startsBeforeCurrent", "2022-01-10"));
        viewModel.newTermStartProperty().set("2027-01-10");
        viewModel.newTermEndProperty().set("2032-01-09");
        viewModel.newTermRoleProperty().set(Role.EXECUTIVE_VICE_MAYOR);

        assertThat(viewModel.addTerm()).isTrue();

        assertThat(viewModel.terms()).extracting(TermRecord::role)
                .containsExactly(Role.VICE_MAYOR, Role.EXECUTIVE_VICE_MAYOR);
        assertThat(viewModel.rows().get(0).person().role()).isEqualTo(Role.EXECUTIVE_VICE_MAYOR);
    }

    @Test
    void searchFindsByNameRoleAndPortfolioAndRetiredPeopleAreHiddenUnlessAsked() {
        typeViceMayor("陈静怡");
        viewModel.save();
        typeViceMayor("赵立新");
        viewModel.text(Field.PORTFOLIOS).set("交通");
        viewModel.save();

        viewModel.searchProperty().set("外事");
        assertThat(viewModel.rows()).extracting(r -> r.person().name()).containsExactly("陈静怡");
        viewModel.searchProperty().set("赵");
        assertThat(viewModel.rows()).extracting(r -> r.person().name()).containsExactly("赵立新");
        viewModel.searchProperty().set("");

        viewModel.showPerson(viewModel.rows().get(1));
        viewModel.retire();
        assertThat(dialogs.confirmations).singleElement().asString().contains("2026-11-30");
        assertThat(viewModel.rows()).extracting(r -> r.person().name()).containsExactly("陈静怡");
        viewModel.showRetiredProperty().set(true);
        assertThat(viewModel.rows()).extracting(RosterRow::isRetired).containsExactly(false, true);
    }

    @Test
    void deletingSomeoneWithAbsencesIsRefusedWithTheStoresReason() {
        typeViceMayor("陈静怡");
        viewModel.save();
        String id = viewModel.rows().get(0).person().id();
        db.absences().insertBatch(List.of(Absence.builder("a1", id, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04")).build()), Actor.of("李文书"));

        viewModel.delete();

        assertThat(dialogs.errors).singleElement().asString().contains("不能删除").contains("离任");
        assertThat(db.people().all()).hasSize(1);
    }
}
