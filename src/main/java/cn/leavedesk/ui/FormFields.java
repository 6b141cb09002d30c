package cn.leavedesk.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A label, a field and the field's one-sentence problem under it, as every form of the client lays them out. */
public final class FormFields {
    private FormFields() {
    }

    /** A two-column form grid: labels, then fields that take the width. */
    public static GridPane grid() {
        GridPane form = new GridPane();
        form.getStyleClass().add("ld-form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    /**
     * Adds a row; the problem label (id {@code <field id>-problem}) shows the problem text and the field is marked
     * in the danger colour while there is one.
     */
    public static void add(GridPane form, String labelKey, Node field, ObservableStringValue problem) {
        int row = form.getRowCount();
        Label label = new Label(I18n.tr(labelKey));
        label.setLabelFor(field);
        label.getStyleClass().add("ld-field-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label problemLabel = new Label();
        problemLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "ld-field-problem");
        problemLabel.setWrapText(true);
        if (field.getId() != null) {
            problemLabel.setId(field.getId() + "-problem");
        }
        problemLabel.textProperty().bind(problem);
        problemLabel.managedProperty().bind(problemLabel.textProperty().isNotEmpty());
        problemLabel.visibleProperty().bind(problemLabel.textProperty().isNotEmpty());
        problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null && !now.isEmpty()));
        // the label stays beside the field when a problem line appears under it
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        form.add(label, 0, row);
        form.add(new VBox(2, field, problemLabel), 1, row);
    }
}
