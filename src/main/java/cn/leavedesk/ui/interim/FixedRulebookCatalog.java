package cn.leavedesk.ui.interim;

import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Rulebook;
import cn.leavedesk.ui.RulebookCatalog;
import java.util.List;

/** The five rulebooks planned for the first release, until the rules engine lists what it loaded. */
public final class FixedRulebookCatalog implements RulebookCatalog {
    private final List<Rulebook> rulebooks = List.of(
            new Rulebook("wuhan", I18n.tr("rulebook.wuhan")),
            new Rulebook("hangzhou", I18n.tr("rulebook.hangzhou")),
            new Rulebook("hegang", I18n.tr("rulebook.hegang")),
            new Rulebook("shaoxing", I18n.tr("rulebook.shaoxing")),
            new Rulebook("yueqing", I18n.tr("rulebook.yueqing")));

    @Override
    public List<Rulebook> available() {
        return rulebooks;
    }
}
