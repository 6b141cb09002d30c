package cn.leavedesk.ui.main;

import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;

/** The screens of the navigation, in the order shown. */
public enum Screen {
    TODO("todo", "nav.todo", Icons.TODO),
    REGISTER("register", "nav.register", Icons.REGISTER),
    NEW_REQUEST("new-request", "nav.newRequest", Icons.NEW_REQUEST),
    WHO_IS_AWAY("who-is-away", "nav.whoIsAway", Icons.WHO_IS_AWAY),
    ANNUAL_COUNTS("annual-counts", "nav.annualCounts", Icons.ANNUAL_COUNTS),
    ROSTER("roster", "nav.roster", Icons.ROSTER),
    IMPORT("import", "nav.import", Icons.IMPORT),
    /** Offered only where the office's rulebook has a quorum rule (Hegang 第三十七条). */
    MEETINGS("meetings", "nav.meetings", Icons.MEETINGS),
    RULEBOOKS("rulebooks", "nav.rulebooks", Icons.RULEBOOKS),
    HOLIDAYS("holidays", "nav.holidays", Icons.HOLIDAYS),
    SETTINGS("settings", "nav.settings", Icons.SETTINGS);

    private final String id;
    private final String titleKey;
    private final Icons icon;

    Screen(String id, String titleKey, Icons icon) {
        this.id = id;
        this.titleKey = titleKey;
        this.icon = icon;
    }

    /** Stable id for CSS and UI tests, e.g. {@code #nav-settings}. */
    public String id() {
        return id;
    }

    public String title() {
        return I18n.tr(titleKey);
    }

    public Icons icon() {
        return icon;
    }
}
