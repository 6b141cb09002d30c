package cn.leavedesk.ui.absence;

import cn.leavedesk.service.AbsenceDetails;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.ui.AbsenceOpener;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.TaskExecutor;
import cn.leavedesk.ui.request.RequestView;
import cn.leavedesk.ui.request.RequestViewModel;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Builds an absence's page each time one is opened, so it always shows the absence as it stands. 变更 opens the
 * request form on the page, pre-filled, checking and saving through the lifecycle service; once saved, the new
 * version's page opens.
 */
public final class AbsencePages implements Function<String, Node> {
    private final AbsenceLifecycleService lifecycle;
    private final Supplier<RequestViewModel> forms;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final FileViewer viewer;
    private final AbsenceOpener opener;
    private final Runnable back;
    private final Runnable afterChange;
    private cn.leavedesk.ui.print.PrintActions printing;

    /**
     * @param forms       a fresh request form for each amendment
     * @param back        leaves the page
     * @param afterChange runs after every stored change (the register and the to-do list read again)
     */
    public AbsencePages(AbsenceLifecycleService lifecycle, Supplier<RequestViewModel> forms, TaskExecutor tasks,
                        DialogService dialogs, AppState state, FileViewer viewer, AbsenceOpener opener,
                        Runnable back, Runnable afterChange) {
        this.lifecycle = lifecycle;
        this.forms = forms;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.viewer = viewer;
        this.opener = opener;
        this.back = back;
        this.afterChange = afterChange;
    }

    /** Each page offers the printed forms of its absence. */
    public void offerPrinting(cn.leavedesk.ui.print.PrintActions actions) {
        this.printing = actions;
    }

    @Override
    public Node apply(String id) {
        AbsenceViewModel viewModel = new AbsenceViewModel(lifecycle, id, tasks, dialogs, state, viewer, opener,
                afterChange);
        AbsenceView[] view = new AbsenceView[1];
        view[0] = new AbsenceView(viewModel, back, () -> viewModel.detailsProperty().get()
                .filter(AbsenceDetails::isActive)
                .map(details -> amendForm(viewModel, details, view[0])));
        if (printing != null) {
            view[0].offerPrinting(printing);
        }
        viewModel.load();
        return view[0];
    }

    private Node amendForm(AbsenceViewModel page, AbsenceDetails details, AbsenceView view) {
        RequestViewModel form = forms.get();
        String id = details.id();
        form.amend(details.absence(), details.person(),
                draft -> lifecycle.previewAmendment(id, draft),
                (draft, reason) -> {
                    AbsenceLifecycleService.Amended amended = lifecycle.amend(id, draft, reason, page.clerk());
                    return new RequestService.Saved(amended.absence(), amended.evaluation());
                },
                view::closeAmendForm);
        form.onSaved(saved -> {
            afterChange.run();
            opener.open(saved.id());
        });
        return new RequestView(form);
    }

}
