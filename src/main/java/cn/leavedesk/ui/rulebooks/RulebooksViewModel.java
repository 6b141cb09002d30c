package cn.leavedesk.ui.rulebooks;

import cn.leavedesk.service.RulebookPage;
import cn.leavedesk.service.RulebookReading;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * The rulebook in force (the one chosen in the settings), worded for reading by {@link RulebookReading}: citation,
 * completeness, notes and one row per article.
 */
public final class RulebooksViewModel {
    private final RulebookReading reading;
    private final ObjectBinding<RulebookPage> page;

    public RulebooksViewModel(RulebookService rulebooks, AppState state) {
        this.reading = new RulebookReading(rulebooks, I18n.current().locale());
        this.page = Bindings.createObjectBinding(() -> reading.page(state.settings().rulebookId()),
                state.settingsProperty());
    }

    /** The page of the rulebook in force; follows the settings. */
    public ObjectBinding<RulebookPage> page() {
        return page;
    }
}
