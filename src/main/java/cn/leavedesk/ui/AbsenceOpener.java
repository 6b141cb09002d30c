package cn.leavedesk.ui;

/**
 * Opens the page of one absence. The register, the who-is-away timeline and the to-do list all open absences the
 * same way; the main window decides where the page shows.
 */
@FunctionalInterface
public interface AbsenceOpener {
    /** For screens shown where no page can open (tests of a screen on its own). */
    AbsenceOpener NONE = id -> { };

    void open(String absenceId);
}
