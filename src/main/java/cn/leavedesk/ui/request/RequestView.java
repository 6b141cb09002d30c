package cn.leavedesk.ui.request;

import cn.leavedesk.ui.ComingSoonPane;
import cn.leavedesk.ui.I18n;

/** Placeholder until this screen is built; it says what the screen will do. */
public final class RequestView extends ComingSoonPane {
    public RequestView() {
        super(I18n.tr("nav.newRequest"), I18n.tr("newRequest.coming"));
    }
}
