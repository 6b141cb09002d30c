package cn.leavedesk.ui.firstrun;

import atlantafx.base.theme.Styles;
import cn.leavedesk.ui.FormFields;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Rulebook;
import cn.leavedesk.ui.firstrun.FirstRunViewModel.Field;
import cn.leavedesk.ui.firstrun.FirstRunViewModel.Start;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The first-run page, shown instead of the main window until the office is set up. */
public final class FirstRunView extends ScrollPane {
    public FirstRunView(FirstRunViewModel viewModel) {
        setId("first-run");
        setFitToWidth(true);
        getStyleClass().add("ld-first-run-scroll");

        Label title = new Label(I18n.tr("firstRun.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label intro = new Label(I18n.tr("firstRun.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane form = FormFields.grid();
        ComboBox<Rulebook> rulebook = new ComboBox<>(viewModel.rulebooks());
        rulebook.setId("first-run-rulebook");
        rulebook.setMaxWidth(Double.MAX_VALUE);
        rulebook.setPromptText(I18n.tr("firstRun.rulebook.prompt"));
        rulebook.valueProperty().bindBidirectional(viewModel.rulebookProperty());
        FormFields.add(form, "firstRun.rulebook", rulebook, viewModel.problem(Field.RULEBOOK));
        TextField office = new TextField();
        office.setId("first-run-office");
        office.setPromptText(I18n.tr("firstRun.office.prompt"));
        office.textProperty().bindBidirectional(viewModel.officeNameProperty());
        FormFields.add(form, "firstRun.office", office, viewModel.problem(Field.OFFICE));
        TextField clerk = new TextField();
        clerk.setId("first-run-clerk");
        clerk.setPromptText(I18n.tr("firstRun.clerk.prompt"));
        clerk.textProperty().bindBidirectional(viewModel.clerkNameProperty());
        FormFields.add(form, "firstRun.clerk", clerk, viewModel.problem(Field.CLERK));
        Label rulebookHint = new Label(I18n.tr("firstRun.rulebook.hint"));
        rulebookHint.setWrapText(true);
        rulebookHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        Label startTitle = new Label(I18n.tr("firstRun.start"));
        startTitle.getStyleClass().add(Styles.TITLE_4);
        ToggleGroup starts = new ToggleGroup();
        VBox choices = new VBox(8,
                choice(starts, viewModel, Start.IMPORT, "first-run-import", "firstRun.start.import",
                        "firstRun.start.import.hint"),
                choice(starts, viewModel, Start.DEMO, "first-run-demo", "firstRun.start.demo",
                        "firstRun.start.demo.hint"),
                choice(starts, viewModel, Start.EMPTY, "first-run-empty", "firstRun.start.empty",
                        "firstRun.start.empty.hint"));

        Label where = new Label(I18n.tr("firstRun.database", viewModel.database()));
        where.setId("first-run-database");
        where.setWrapText(true);
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        Button begin = new Button(I18n.tr("firstRun.begin"));
        begin.setId("first-run-begin");
        begin.getStyleClass().add(Styles.ACCENT);
        begin.setDefaultButton(true);
        begin.disableProperty().bind(viewModel.workingProperty());
        begin.setOnAction(e -> viewModel.finish());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(viewModel.workingProperty());
        HBox buttons = new HBox(10, begin, spinner);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("ld-button-row");

        VBox card = new VBox(14, title, intro, form, rulebookHint, startTitle, choices, where, buttons);
        card.getStyleClass().addAll("ld-section", "ld-first-run");
        VBox page = new VBox(card);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("ld-page");
        setContent(page);
    }

    private static VBox choice(ToggleGroup group, FirstRunViewModel viewModel, Start start, String id, String key,
                               String hintKey) {
        RadioButton button = new RadioButton(I18n.tr(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(viewModel.startProperty().get() == start);
        button.selectedProperty().addListener((obs, old, selected) -> {
            if (selected) {
                viewModel.startProperty().set(start);
            }
        });
        Label hint = new Label(I18n.tr(hintKey));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "ld-choice-hint");
        return new VBox(2, button, hint);
    }
}
