package cn.leavedesk.ui.away;

import cn.leavedesk.ui.ComingSoonPane;
import cn.leavedesk.ui.I18n;

/** Placeholder until this screen is built; it says what the screen will do. */
public final class AwayView extends ComingSoonPane {
    public AwayView() {
        super(I18n.tr("nav.whoIsAway"), I18n.tr("whoIsAway.coming"));
    }
}
