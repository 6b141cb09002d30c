package cn.leavedesk.ui.settings;

import atlantafx.base.theme.Styles;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.LoadDemoDataCommand;
import cn.leavedesk.ui.Rulebook;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Settings form; a name with a problem is marked in the danger colour with the problem under it, as the view model
 * decides (not with ControlsFX decorations, which swap the scene's root; see {@code RequestView}).
 */
public final class SettingsView extends VBox {
    public SettingsView(SettingsViewModel viewModel, LoadDemoDataCommand loadDemo) {
        getStyleClass().addAll("ld-page", "ld-settings");

        Label title = new Label(I18n.tr("nav.settings"));
        title.getStyleClass().add(Styles.TITLE_2);

        TextField name = new TextField();
        name.setId("clerk-name");
        name.setPromptText(I18n.tr("settings.clerkName.prompt"));
        name.textProperty().bindBidirectional(viewModel.clerkNameProperty());
        name.setOnAction(e -> viewModel.save());
        Label nameProblem = new Label();
        nameProblem.setId("clerk-name-problem");
        nameProblem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        nameProblem.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.clerkNameProblem().get().orElse(""), viewModel.clerkNameProblem()));
        nameProblem.textProperty().addListener((o, old, now) -> name.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));

        ComboBox<Rulebook> rulebook = new ComboBox<>(viewModel.rulebooks());
        rulebook.setId("rulebook");
        rulebook.valueProperty().bindBidirectional(viewModel.rulebookProperty());
        rulebook.setMaxWidth(Double.MAX_VALUE);
        Label rulebookHint = new Label(I18n.tr("settings.rulebook.hint"));
        rulebookHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        rulebookHint.setWrapText(true);

        Label rulebookChange = new Label();
        rulebookChange.setId("rulebook-change");
        rulebookChange.setWrapText(true);
        rulebookChange.getStyleClass().add("ld-banner-warning");
        rulebookChange.textProperty().bind(viewModel.rulebookChange());
        rulebookChange.visibleProperty().bind(rulebookChange.textProperty().isNotEmpty());
        rulebookChange.managedProperty().bind(rulebookChange.visibleProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("ld-form");
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.addRow(0, fieldLabel("settings.clerkName", name), name);
        form.add(nameProblem, 1, 1);
        form.addRow(2, fieldLabel("settings.rulebook", rulebook), rulebook);
        form.add(rulebookHint, 1, 3);
        form.add(rulebookChange, 1, 4);
        TextField office = new TextField();
        office.setId("office-name");
        office.setPromptText(I18n.tr("firstRun.office.prompt"));
        office.textProperty().bindBidirectional(viewModel.officeNameProperty());
        Label officeProblem = new Label();
        officeProblem.setId("office-name-problem");
        officeProblem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        officeProblem.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.officeNameProblem().get().orElse(""), viewModel.officeNameProblem()));
        form.addRow(5, fieldLabel("settings.officeName", office), office);
        form.add(officeProblem, 1, 6);

        Button save = new Button(I18n.tr("settings.save"), Icons.SAVE.create());
        save.setId("save-settings");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.canSaveBinding().not());
        save.setOnAction(e -> viewModel.save());
        Button revert = new Button(I18n.tr("settings.revert"));
        revert.setId("revert-settings");
        revert.disableProperty().bind(viewModel.changedBinding().not());
        revert.setOnAction(e -> viewModel.revert());
        HBox buttons = new HBox(save, revert);
        buttons.getStyleClass().add("ld-button-row");

        Label demoTitle = new Label(I18n.tr("settings.demo.title"));
        demoTitle.getStyleClass().add(Styles.TITLE_4);
        Label demoText = new Label(I18n.tr("settings.demo.text"));
        demoText.setWrapText(true);
        demoText.getStyleClass().add(Styles.TEXT_MUTED);
        Button demo = new Button(I18n.tr("menu.file.loadDemo"), Icons.DEMO_DATA.create());
        demo.setId("settings-load-demo");
        demo.disableProperty().bind(loadDemo.runningProperty());
        demo.visibleProperty().bind(loadDemo.availableProperty());
        demo.managedProperty().bind(loadDemo.availableProperty());
        demo.setOnAction(e -> loadDemo.execute());
        VBox demoSection = new VBox(demoTitle, demoText, demo);
        demoSection.getStyleClass().add("ld-section");

        VBox card = new VBox(form, buttons);
        card.getStyleClass().add("ld-section");
        getChildren().addAll(title, card, demoSection);
    }

    private static Label fieldLabel(String key, javafx.scene.Node field) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(field);
        label.getStyleClass().add("ld-field-label");
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMaxWidth(420);
        return column;
    }
}
