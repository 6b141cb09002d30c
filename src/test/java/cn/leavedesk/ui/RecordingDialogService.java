package cn.leavedesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService that remembers what it was asked and answers confirmations as told. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    private boolean confirmAnswer = true;

    public final List<FileChoice> saveChoices = new ArrayList<>();
    private Optional<Path> saveAnswer = Optional.empty();

    /** The clerk chooses this file in every save dialog. */
    public RecordingDialogService savingTo(Path file) {
        saveAnswer = Optional.of(file);
        return this;
    }

    public RecordingDialogService answeringConfirmationsWith(boolean answer) {
        this.confirmAnswer = answer;
        return this;
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileChoice choice) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(FileChoice choice) {
        saveChoices.add(choice);
        return saveAnswer;
    }
}
