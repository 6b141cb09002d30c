package cn.leavedesk.ui.absence;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.service.AbsenceDetails;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.LifecycleRefusal;
import cn.leavedesk.ui.AbsenceOpener;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.StoreMessages;
import cn.leavedesk.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One absence's page: everything about it as it stands, and what the clerk can record next (departure, return,
 * written report, a tick or its undoing, cancellation, attachments). Every read and write goes through the
 * lifecycle service on the background executor; while one runs the page is busy and offers no second change.
 * A change that needs a day, a reason or a note opens a small form on the page first ({@link #actionProperty()}).
 */
public final class AbsenceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AbsenceViewModel.class);

    /** The changes that need a few facts before they are recorded. */
    public enum Action { DEPART, RETURN, REPORT, TICK, UNDO, CANCEL }

    /** The facts an action's form asks for. */
    public enum Field { DAY, REASON }

    private final AbsenceLifecycleService service;
    private final String id;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final FileViewer viewer;
    private final AbsenceOpener opener;
    private final Runnable afterChange;

    private final ReadOnlyObjectWrapper<Optional<AbsenceDetails>> details = new ReadOnlyObjectWrapper<>(this,
            "details", Optional.empty());
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    private final ReadOnlyObjectWrapper<Optional<Action>> action = new ReadOnlyObjectWrapper<>(this, "action",
            Optional.empty());
    private int actionStep;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<DoneHow> how = new SimpleObjectProperty<>(this, "how", DoneHow.WRITTEN);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper actionProblem = new ReadOnlyStringWrapper(this, "actionProblem", "");

    private final BooleanBinding canChange;

    /**
     * @param afterChange run after every stored change (the register and the to-do list read again)
     */
    public AbsenceViewModel(AbsenceLifecycleService service, String id, TaskExecutor tasks, DialogService dialogs,
                            AppState state, FileViewer viewer, AbsenceOpener opener, Runnable afterChange) {
        this.service = service;
        this.id = id;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.viewer = viewer;
        this.opener = opener;
        this.afterChange = afterChange;
        canChange = Bindings.createBooleanBinding(() -> !isReadOnly() && !busy.get()
                && details.get().map(AbsenceDetails::isActive).orElse(false), details, busy);
    }

    public String id() {
        return id;
    }

    /** Reads the absence (again). */
    public void load() {
        busy.set(true);
        tasks.execute(BackgroundTask.of(progress -> service.show(id))
                .onSuccess(read -> {
                    busy.set(false);
                    failure.set("");
                    details.set(Optional.of(read));
                })
                .onFailure(e -> {
                    busy.set(false);
                    LOG.warn("Could not read absence {}", id, e);
                    failure.set(wording(e));
                }));
    }

    // ------------------------------------------------------------------ actions with a small form

    public void startDepart() {
        start(Action.DEPART, 0, details().flatMap(AbsenceDetails::departedOn)
                .orElse(details().map(d -> d.absence().depart()).orElse(null)));
    }

    public void startReturn() {
        start(Action.RETURN, 0, details().map(d -> d.absence().returnDate()).orElse(null));
    }

    public void startReport() {
        start(Action.REPORT, 0, null);
    }

    /** Ticks step {@code number} (1-based, as the checklist numbers it). */
    public void startTick(int number) {
        start(Action.TICK, number, null);
    }

    public void startUndo(int number) {
        start(Action.UNDO, number, null);
    }

    public void startCancel() {
        start(Action.CANCEL, 0, null);
    }

    private void start(Action wanted, int step, LocalDate suggested) {
        if (!canChange.get()) {
            return;
        }
        actionStep = step;
        LocalDate today = service.today();
        // A planned day still ahead cannot be what happened: today is the likelier answer.
        day.set(suggested == null || suggested.isAfter(today) ? today : suggested);
        how.set(DoneHow.WRITTEN);
        note.set("");
        reason.set("");
        actionProblem.set("");
        action.set(Optional.of(wanted));
    }

    /** Closes the action's form without recording anything. */
    public void dismiss() {
        action.set(Optional.empty());
        actionProblem.set("");
    }

    /** The step the open TICK or UNDO form is about. */
    public int actionStep() {
        return actionStep;
    }

    /** Checks the form and records the action; a refusal stays on the form in one sentence. */
    public void confirm() {
        Optional<Action> open = action.get();
        if (open.isEmpty() || !canChange.get()) {
            return;
        }
        Optional<String> problem = problem(open.get());
        if (problem.isPresent()) {
            actionProblem.set(problem.get());
            return;
        }
        Action what = open.get();
        int step = actionStep;
        LocalDate on = day.get();
        DoneHow way = how.get();
        String why = reason.get().strip();
        Optional<String> remark = Optional.of(note.get().strip()).filter(s -> !s.isEmpty());
        Actor clerk = clerk();
        busy.set(true);
        tasks.execute(BackgroundTask.of(progress -> {
            switch (what) {
                case DEPART -> service.recordDeparture(id, on, clerk);
                case RETURN -> service.recordReturn(id, on, clerk);
                case REPORT -> service.reportSubmitted(id, on, clerk);
                case TICK -> service.stepDone(id, step, on, way, remark, clerk);
                case UNDO -> service.stepUndo(id, step, why, clerk);
                case CANCEL -> service.cancel(id, why, clerk);
            }
            return service.show(id);
        }).onSuccess(read -> {
            busy.set(false);
            action.set(Optional.empty());
            details.set(Optional.of(read));
            dialogs.notify(done(what, step, on));
            afterChange.run();
        }).onFailure(e -> {
            busy.set(false);
            LOG.info("Absence {}: {} refused", id, what, e);
            actionProblem.set(wording(e));
        }));
    }

    /** What keeps the form from being recorded, naming the field; checked before anything is stored. */
    Optional<String> problem(Action what) {
        boolean needsDay = what != Action.CANCEL && what != Action.UNDO;
        if (needsDay && day.get() == null) {
            return Optional.of(I18n.tr("absence.problem.required", I18n.tr(dayField(what))));
        }
        if (needsDay && day.get().isAfter(service.today())) {
            return Optional.of(I18n.tr("absence.problem.future", I18n.tr(dayField(what)), day.get().toString(),
                    service.today().toString()));
        }
        if (!needsDay && reason.get().isBlank()) {
            return Optional.of(I18n.tr("absence.problem.required", I18n.tr("absence.field.reason")));
        }
        return Optional.empty();
    }

    private static String dayField(Action what) {
        return switch (what) {
            case DEPART -> "absence.field.departedOn";
            case RETURN -> "absence.field.returnedOn";
            case REPORT -> "absence.field.reportOn";
            case TICK, UNDO, CANCEL -> "absence.field.doneOn";
        };
    }

    private String done(Action what, int step, LocalDate on) {
        return switch (what) {
            case DEPART -> I18n.tr("absence.done.depart", id, on.toString());
            case RETURN -> I18n.tr("absence.done.return", id, on.toString());
            case REPORT -> I18n.tr("absence.done.report", id, on.toString());
            case TICK -> I18n.tr("absence.done.tick", id, step);
            case UNDO -> I18n.tr("absence.done.undo", id, step);
            case CANCEL -> I18n.tr("absence.done.cancel", id);
        };
    }

    // ------------------------------------------------------------------ attachments

    /** Stores the files (chosen or dropped) with the absence; each refused one is named with its reason. */
    public void addAttachments(List<Path> files) {
        if (files.isEmpty() || isReadOnly() || busy.get() || details().isEmpty()) {
            return;
        }
        Actor clerk = clerk();
        busy.set(true);
        tasks.execute(BackgroundTask.of(progress -> {
            List<String> refused = new ArrayList<>();
            int stored = 0;
            for (Path file : files) {
                try {
                    if (Files.isDirectory(file)) {
                        refused.add(I18n.tr("absence.attachment.folder", file.getFileName()));
                        continue;
                    }
                    service.addAttachment(id, file, clerk);
                    stored++;
                } catch (LifecycleRefusal e) {
                    refused.add(wording(e));
                } catch (IOException e) {
                    LOG.warn("Could not read {}", file, e);
                    refused.add(I18n.tr("absence.attachment.unreadable", file.getFileName()));
                }
            }
            return new Added(stored, refused, service.show(id));
        }).onSuccess(added -> {
            busy.set(false);
            details.set(Optional.of(added.read()));
            if (added.stored() > 0) {
                dialogs.notify(I18n.tr("absence.attachment.added", added.stored(), id));
                afterChange.run();
            }
            if (!added.refused().isEmpty()) {
                dialogs.showError(I18n.tr("absence.attachment.refused.title"),
                        String.join(System.lineSeparator(), added.refused()));
            }
        }).onFailure(this::failed));
    }

    private record Added(int stored, List<String> refused, AbsenceDetails read) {
    }

    /** Asks for files with the file chooser and stores them. */
    public void chooseAttachments() {
        dialogs.chooseFileToOpen(DialogService.FileChoice.of(I18n.tr("absence.attachment.choose")))
                .ifPresent(file -> addAttachments(List.of(file)));
    }

    /** Writes the attachment to a private temporary folder and hands it to the system's viewer. */
    public void openAttachment(AttachmentInfo attachment) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(progress -> {
            byte[] bytes = service.readAttachment(attachment.id());
            // A folder per opening keeps the file's own name (viewers show it) without clashing with another copy.
            Path folder = Files.createTempDirectory("leavedesk-attachment-");
            Path copy = folder.resolve(safeName(attachment.fileName()));
            Files.write(copy, bytes);
            copy.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return copy;
        }).onSuccess(copy -> {
            busy.set(false);
            try {
                viewer.open(copy);
            } catch (Exception e) {
                openFailed(attachment, e);
            }
        }).onFailure(e -> {
            busy.set(false);
            openFailed(attachment, e);
        }));
    }

    private void openFailed(AttachmentInfo attachment, Exception e) {
        LOG.warn("Could not open attachment {}", attachment.id(), e);
        dialogs.showError(I18n.tr("absence.attachment.openFailed.title"),
                I18n.tr("absence.attachment.openFailed", attachment.fileName(), wording(e)));
    }

    /** Saves a copy of the attachment where the clerk chooses. */
    public void saveAttachmentCopy(AttachmentInfo attachment) {
        Optional<Path> target = dialogs.chooseFileToSave(new DialogService.FileChoice(
                I18n.tr("absence.attachment.saveCopy"), List.of(), Optional.empty(),
                Optional.of(safeName(attachment.fileName()))));
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(progress -> {
            Files.write(target.get(), service.readAttachment(attachment.id()));
            return target.get();
        }).onSuccess(saved -> {
            busy.set(false);
            dialogs.notify(I18n.tr("absence.attachment.saved", attachment.fileName(), saved.toString()));
        }).onFailure(this::failed));
    }

    /** Takes the attachment off the absence after a confirmation; the history records the removal. */
    public void removeAttachment(AttachmentInfo attachment) {
        if (isReadOnly() || busy.get() || !dialogs.confirm(I18n.tr("absence.attachment.remove.title"),
                I18n.tr("absence.attachment.remove.confirm", attachment.fileName()))) {
            return;
        }
        Actor clerk = clerk();
        busy.set(true);
        tasks.execute(BackgroundTask.of(progress -> {
            service.removeAttachment(attachment.id(), Optional.empty(), clerk);
            return service.show(id);
        }).onSuccess(read -> {
            busy.set(false);
            details.set(Optional.of(read));
            dialogs.notify(I18n.tr("absence.attachment.removed", attachment.fileName()));
            afterChange.run();
        }).onFailure(this::failed));
    }

    /** A stored name can come from another computer: keep only its last part, as a file name here. */
    static String safeName(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).strip();
        return last.isEmpty() || last.equals(".") || last.equals("..") ? "attachment" : last;
    }

    // ------------------------------------------------------------------ elsewhere

    /** Opens another version of this absence (the one it replaced, or the one that replaced it). */
    public void openVersion(String versionId) {
        opener.open(versionId);
    }

    private void failed(Exception e) {
        busy.set(false);
        LOG.warn("Absence {}: a change failed", id, e);
        dialogs.showError(I18n.tr("absence.failed.title"), wording(e));
    }

    /** A refusal or a store failure in the clerk's words; anything else names itself. */
    static String wording(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LifecycleRefusal refusal) {
                return refusal.message(I18n.current().locale());
            }
        }
        return StoreMessages.forClerk(e).orElseGet(() -> I18n.tr("absence.failed", String.valueOf(e.getMessage())));
    }

    /** Who records the change: the clerk named in the settings, else the computer's account. */
    public Actor clerk() {
        String name = state.settings().clerkName();
        return name.isBlank() ? Actor.osAccount() : Actor.of(name);
    }

    public boolean isReadOnly() {
        return state.access() == AppState.Access.READ_ONLY;
    }

    private Optional<AbsenceDetails> details() {
        return details.get();
    }

    public ReadOnlyObjectProperty<Optional<AbsenceDetails>> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Why the absence could not be read, or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True when the page may offer changes: a read-write window, an active absence, nothing running. */
    public BooleanBinding canChangeBinding() {
        return canChange;
    }

    public ReadOnlyObjectProperty<Optional<Action>> actionProperty() {
        return action.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<DoneHow> howProperty() {
        return how;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty actionProblemProperty() {
        return actionProblem.getReadOnlyProperty();
    }
}
