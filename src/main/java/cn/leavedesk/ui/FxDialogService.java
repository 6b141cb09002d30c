package cn.leavedesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/** JavaFX dialogs with our own button texts (JavaFX would label them in the OS language). */
public final class FxDialogService implements DialogService {
    private static final Duration NOTIFICATION_TIME = Duration.seconds(6);

    private final Supplier<Optional<Window>> owner;
    private final ReadOnlyStringWrapper notification = new ReadOnlyStringWrapper(this, "notification", "");
    private final PauseTransition notificationTimer = new PauseTransition(NOTIFICATION_TIME);

    public FxDialogService(Supplier<Optional<Window>> owner) {
        this.owner = owner;
        notificationTimer.setOnFinished(e -> notification.set(""));
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, okButton()).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, okButton()).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(I18n.tr("dialog.continue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, no).showAndWait()
                .filter(yes::equals).isPresent();
    }

    @Override
    public boolean choose(String title, String message, String goAhead, String stop) {
        ButtonType yes = new ButtonType(goAhead, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(stop, ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, no).showAndWait()
                .filter(yes::equals).isPresent();
    }

    @Override
    public void notify(String message) {
        notification.set(message);
        notificationTimer.playFromStart();
    }

    /** The current notification, empty when there is none; the status bar shows it. */
    public ReadOnlyStringProperty notificationProperty() {
        return notification.getReadOnlyProperty();
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileChoice choice) {
        return Optional.ofNullable(chooser(choice).showOpenDialog(owner.get().orElse(null))).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(FileChoice choice) {
        java.util.List<File> files = chooser(choice).showOpenMultipleDialog(owner.get().orElse(null));
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    /**
     * Headless UI tests answer the save dialog here: Monocle has no native file chooser. Never set outside tests, as
     * {@code LeaveDeskApp.testViewer}.
     */
    static volatile java.util.function.Function<FileChoice, Optional<Path>> testSaveChoice;

    @Override
    public Optional<Path> chooseFileToSave(FileChoice choice) {
        java.util.function.Function<FileChoice, Optional<Path>> test = testSaveChoice;
        if (test != null) {
            return test.apply(choice);
        }
        return Optional.ofNullable(chooser(choice).showSaveDialog(owner.get().orElse(null))).map(File::toPath);
    }

    private FileChooser chooser(FileChoice choice) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(choice.title());
        choice.filters().forEach(f -> chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(f.description(), f.patterns())));
        choice.initialDirectory().map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        choice.initialFileName().ifPresent(chooser::setInitialFileName);
        return chooser;
    }

    private ButtonType okButton() {
        return new ButtonType(I18n.tr("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Stylesheets.apply(alert.getDialogPane());
        owner.get().ifPresent(alert::initOwner);
        return alert;
    }
}
