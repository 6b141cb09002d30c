package cn.leavedesk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * A {@link DialogService} that background work may call: each dialog is shown on the JavaFX thread and the
 * calling thread waits for the clerk's answer. Start-up uses it, so that opening the database (which may have to
 * ask "read-only or quit?") runs off the JavaFX thread while the window is already up.
 */
public final class FxThreadDialogs implements DialogService {
    private final DialogService onFxThread;

    public FxThreadDialogs(DialogService onFxThread) {
        this.onFxThread = onFxThread;
    }

    @Override
    public void showInformation(String title, String message) {
        onFx(() -> {
            onFxThread.showInformation(title, message);
            return null;
        });
    }

    @Override
    public void showError(String title, String message) {
        onFx(() -> {
            onFxThread.showError(title, message);
            return null;
        });
    }

    @Override
    public boolean confirm(String title, String message) {
        return onFx(() -> onFxThread.confirm(title, message));
    }

    @Override
    public boolean choose(String title, String message, String goAhead, String stop) {
        return onFx(() -> onFxThread.choose(title, message, goAhead, stop));
    }

    @Override
    public void notify(String message) {
        if (Platform.isFxApplicationThread()) {
            onFxThread.notify(message);
        } else {
            Platform.runLater(() -> onFxThread.notify(message));
        }
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileChoice choice) {
        return onFx(() -> onFxThread.chooseFileToOpen(choice));
    }

    @Override
    public Optional<Path> chooseFileToSave(FileChoice choice) {
        return onFx(() -> onFxThread.chooseFileToSave(choice));
    }

    private static <T> T onFx(Supplier<T> dialog) {
        if (Platform.isFxApplicationThread()) {
            return dialog.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(dialog.get());
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a dialog was open", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
