package cn.leavedesk.ui.counts;

import cn.leavedesk.ui.ComingSoonPane;
import cn.leavedesk.ui.I18n;

/** Placeholder until this screen is built; it says what the screen will do. */
public final class CountsView extends ComingSoonPane {
    public CountsView() {
        super(I18n.tr("nav.annualCounts"), I18n.tr("annualCounts.coming"));
    }
}
