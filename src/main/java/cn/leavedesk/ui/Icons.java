package cn.leavedesk.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Icons by what they mean; screens never name a glyph themselves. */
public enum Icons {
    REGISTER(Material2AL.LIST_ALT),
    NEW_REQUEST(Material2MZ.PLAYLIST_ADD),
    WHO_IS_AWAY(Material2AL.FLIGHT_TAKEOFF),
    ANNUAL_COUNTS(Material2AL.BAR_CHART),
    MEETINGS(Material2AL.EVENT),
    RULEBOOKS(Material2MZ.MENU_BOOK),
    SETTINGS(Material2MZ.SETTINGS),
    DATABASE(Material2MZ.STORAGE),
    CLERK(Material2MZ.PERSON),
    DEMO_DATA(Material2AL.ADD_TASK),
    SEARCH(Material2MZ.SEARCH),
    SAVE(Material2MZ.SAVE),
    COMING_SOON(Material2AL.CONSTRUCTION),
    SOURCE_INCOMPLETE(Material2AL.ERROR_OUTLINE),
    SOURCE_COMPLETE(Material2AL.CHECK_CIRCLE_OUTLINE),
    REFRESH(Material2MZ.REFRESH),
    EXPORT(Material2AL.GET_APP),
    NO_PRESIDER(Material2AL.ERROR_OUTLINE),
    // --- office: roster, import, holiday years ---
    ROSTER(Material2MZ.PEOPLE),
    HOLIDAYS(Material2AL.EVENT),
    IMPORT(Material2AL.FILE_UPLOAD),
    ADD_PERSON(Material2MZ.PERSON_ADD),
    CLEAR(Material2AL.CLEAR),
    WARNING(Material2MZ.WARNING),
    FILE(Material2AL.INSERT_DRIVE_FILE),
    // --- absences (issue 7) ---
    MOVE_UP(Material2AL.ARROW_UPWARD),
    MOVE_DOWN(Material2AL.ARROW_DOWNWARD),
    REMOVE(Material2AL.CLOSE),
    ADD(Material2AL.ADD),
    TODO(Material2AL.ASSIGNMENT_LATE),
    BACK(Material2AL.ARROW_BACK),
    AMEND(Material2AL.EDIT),
    CANCEL(Material2AL.BLOCK),
    DEPART(Material2AL.FLIGHT_TAKEOFF),
    RETURN(Material2AL.FLIGHT_LAND),
    REPORT(Material2AL.ASSIGNMENT_TURNED_IN),
    TICK(Material2AL.CHECK),
    UNDO(Material2MZ.UNDO),
    ATTACH(Material2AL.ATTACH_FILE),
    OPEN_FILE(Material2MZ.OPEN_IN_NEW),
    SAVE_COPY(Material2MZ.SAVE_ALT),
    DELETE(Material2AL.DELETE_OUTLINE),
    FILTER(Material2AL.FILTER_LIST),
    OPEN(Material2MZ.OPEN_IN_NEW);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon create() {
        return new FontIcon(ikon);
    }
}
