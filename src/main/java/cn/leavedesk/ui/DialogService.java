package cn.leavedesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything that talks to the clerk outside the current screen. View models use only this interface,
 * so tests replace it with a recording fake.
 */
public interface DialogService {
    void showInformation(String title, String message);

    void showError(String title, String message);

    /** Asks a yes/no question; true when the clerk chose to go ahead. */
    boolean confirm(String title, String message);

    /**
     * Asks the clerk to choose between going ahead and stopping, with buttons that say what each does (e.g.
     * "以只读方式打开" / "退出"); true when the clerk chose to go ahead.
     */
    default boolean choose(String title, String message, String goAhead, String stop) {
        return confirm(title, message);
    }

    /** A short message that goes away by itself (shown in the status bar). */
    void notify(String message);

    Optional<Path> chooseFileToOpen(FileChoice choice);

    Optional<Path> chooseFileToSave(FileChoice choice);

    /** Several files at once (an import); empty when the clerk chose none. */
    default List<Path> chooseFilesToOpen(FileChoice choice) {
        return chooseFileToOpen(choice).map(List::of).orElse(List.of());
    }

    /** What a file chooser shows. */
    record FileChoice(String title, List<FileFilter> filters, Optional<Path> initialDirectory,
                      Optional<String> initialFileName) {
        public FileChoice {
            filters = List.copyOf(filters);
        }

        public static FileChoice of(String title, FileFilter... filters) {
            return new FileChoice(title, List.of(filters), Optional.empty(), Optional.empty());
        }
    }

    /** One entry of a file chooser's type list, e.g. ("Excel 工作簿", ["*.xlsx"]). */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }
}
