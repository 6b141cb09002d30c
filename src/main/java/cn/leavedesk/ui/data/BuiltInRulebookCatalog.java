package cn.leavedesk.ui.data;

import cn.leavedesk.service.RulebookService;
import cn.leavedesk.ui.Rulebook;
import cn.leavedesk.ui.RulebookCatalog;
import java.util.List;
import java.util.Locale;

/** The rulebooks shipped with LeaveDesk, named by their city as the rulebook file spells it (武汉市, 乐清市…). */
public final class BuiltInRulebookCatalog implements RulebookCatalog {
    private final List<Rulebook> rulebooks;

    public BuiltInRulebookCatalog(RulebookService service, Locale locale) {
        this.rulebooks = service.builtIn().stream()
                .map(r -> new Rulebook(r.id(), r.city().in(locale)))
                .toList();
    }

    @Override
    public List<Rulebook> available() {
        return rulebooks;
    }
}
