package cn.leavedesk.ui.rulebooks;

import cn.leavedesk.ui.ComingSoonPane;
import cn.leavedesk.ui.I18n;

/** Placeholder until this screen is built; it says what the screen will do. */
public final class RulebooksView extends ComingSoonPane {
    public RulebooksView() {
        super(I18n.tr("nav.rulebooks"), I18n.tr("rulebooks.coming"));
    }
}
