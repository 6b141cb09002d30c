package cn.leavedesk.ui.rulebooks;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.service.RuleRow;
import cn.leavedesk.service.RulebookPage;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulebooksViewModelTest {
    private final AppState state = new AppState(Path.of("office.db"), ClerkSettings.defaults());
    private final RulebooksViewModel viewModel = new RulebooksViewModel(new RulebookService(), state);

    @Test
    void showsTheRulebookInForceWithItsCitation() {
        RulebookPage page = viewModel.page().get();

        assertThat(page.id()).isEqualTo("wuhan");
        assertThat(page.heading()).isEqualTo("武汉市人民政府工作规则");
        assertThat(page.document()).isEqualTo(tr("rulebooks.document", "武政〔2018〕54号"));
        assertThat(page.sourceComplete()).isTrue();
        assertThat(page.rules()).isNotEmpty().allSatisfy(r -> assertThat(r.article()).isNotBlank());
    }

    @Test
    void followsTheSettingsAndFlagsYueqingsIncompleteSource() {
        state.settingsProperty().set(new ClerkSettings("李文", "yueqing"));

        RulebookPage page = viewModel.page().get();

        assertThat(page.sourceComplete()).isFalse();
        assertThat(page.notes()).anySatisfy(n -> assertThat(n).contains("第三十四条"));
    }

    @Test
    void partiesAndActionsAreWordedInChinese() {
        RulebookPage page = viewModel.page().get();

        assertThat(page.rules()).extracting(RuleRow::steps).anySatisfy(s -> assertThat(s).contains("市长"));
        assertThat(page.rules()).extracting(RuleRow::steps).noneSatisfy(s -> assertThat(s).contains("MAYOR"));
        assertThat(page.rules()).extracting(RuleRow::appliesTo).noneSatisfy(s -> assertThat(s).containsPattern("[A-Z]{4}"));
        assertThat(page.rules()).extracting(RuleRow::advance).contains(tr("rulebooks.advance", 3));
    }

    @Test
    void anUnknownRulebookIdFallsBackToWuhan() {
        state.settingsProperty().set(new ClerkSettings("李文", "atlantis"));

        assertThat(viewModel.page().get().id()).isEqualTo("wuhan");
    }
}
