package cn.leavedesk.ui.register;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.ui.RegisterEntry;
import cn.leavedesk.ui.RegisterSource;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class RegisterViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper stored = new ReadOnlyLongWrapper();
    private final RegisterSource source = new RegisterSource() {
        @Override
        public ObservableList<RegisterEntry> entries() {
            return entries;
        }

        @Override
        public ReadOnlyLongProperty storedCount() {
            return stored.getReadOnlyProperty();
        }

        @Override
        public void refresh() {
            stored.set(entries.size());
        }
    };
    private final RegisterViewModel viewModel = new RegisterViewModel(source);

    private static RegisterEntry entry(String id, String name, String destination, String reason) {
        Person person = Person.of("P-" + id, name, Role.VICE_MAYOR);
        Absence absence = Absence.builder(id, person.id(), Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, DAY, DAY)
                .destination(destination).reason(reason).build();
        return new RegisterEntry(absence, person);
    }

    @Test
    void emptyRegisterSaysSo() {
        assertThat(viewModel.registerEmpty().get()).isTrue();
        assertThat(viewModel.summary().get()).isEqualTo(tr("register.count", 0));
    }

    @Test
    void rowsFollowTheSource() {
        entries.add(entry("A1", "王建国", "北京", "座谈会"));

        assertThat(viewModel.rows()).hasSize(1);
        assertThat(viewModel.registerEmpty().get()).isFalse();
        assertThat(viewModel.summary().get()).isEqualTo(tr("register.count", 1));
    }

    @Test
    void searchMatchesNameDestinationOrReasonIgnoringCase() {
        entries.setAll(entry("A1", "王建国", "北京", "座谈会"), entry("A2", "陈静怡", "Paris", "经贸交流"),
                entry("A3", "赵立新", "上海", "项目对接"));

        viewModel.searchProperty().set("paris");
        assertThat(viewModel.rows()).extracting(e -> e.absence().id()).containsExactly("A2");

        viewModel.searchProperty().set("对接");
        assertThat(viewModel.rows()).extracting(e -> e.absence().id()).containsExactly("A3");

        viewModel.searchProperty().set(" 王建 ");
        assertThat(viewModel.rows()).extracting(e -> e.absence().id()).containsExactly("A1");
        assertThat(viewModel.summary().get()).isEqualTo(tr("register.countFiltered", 1, 3));
    }

    @Test
    void clearingTheSearchShowsEverythingAgain() {
        entries.setAll(entry("A1", "王建国", "北京", "座谈会"), entry("A2", "陈静怡", "巴黎", "经贸交流"));
        viewModel.searchProperty().set("不存在");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.registerEmpty().get()).isFalse();

        viewModel.searchProperty().set("");
        assertThat(viewModel.rows()).hasSize(2);
    }

    @Test
    void whenOnlyTheNewestAreLoadedTheSummarySaysHowManyThereAreInAll() {
        entries.setAll(entry("A1", "王建国", "北京", "座谈会"), entry("A2", "陈静怡", "巴黎", "经贸交流"));
        stored.set(7_000);

        assertThat(viewModel.summary().get()).isEqualTo(tr("register.countNewest", 2, 7_000));

        viewModel.searchProperty().set("巴黎");
        assertThat(viewModel.summary().get()).isEqualTo(tr("register.countNewestFiltered", 1, 2, 7_000));
    }
}
