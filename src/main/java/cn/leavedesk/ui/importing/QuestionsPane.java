package cn.leavedesk.ui.importing;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.importing.MissingFact;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.importing.ImportViewModel.Question;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The facts the files leave out, each to be given for the whole column or, for blank cells, row by row. */
final class QuestionsPane extends VBox {
    QuestionsPane(ImportViewModel viewModel) {
        setId("import-questions");
        getStyleClass().addAll("ld-banner-warning", "ld-import-questions");
        setSpacing(8);
        Label title = new Label(I18n.tr("import.questions.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox list = new VBox(8);
        Button apply = new Button(I18n.tr("import.questions.apply"), Icons.REFRESH.create());
        apply.setId("import-apply-answers");
        apply.disableProperty().bind(viewModel.working());
        apply.setOnAction(e -> viewModel.applyAnswers());
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (int i = 0; i < viewModel.questions().size(); i++) {
                list.getChildren().add(question(viewModel.questions().get(i), i));
            }
        };
        viewModel.questions().addListener((ListChangeListener<Question>) c -> rebuild.run());
        rebuild.run();
        getChildren().addAll(title, list, apply);
    }

    private static VBox question(Question question, int index) {
        MissingFact missing = question.missing();
        String text = missing.extent() == MissingFact.Extent.WHOLE_COLUMN
                ? I18n.tr("import.question.column", missing.file(), missing.column(), missing.rows().size())
                : I18n.tr("import.question.blank", missing.file(), missing.column(), missing.rows().size());
        Label label = new Label(text);
        label.setWrapText(true);
        ComboBox<Enum<?>> forColumn = choices(question, question.forColumnProperty());
        forColumn.setId("import-question-" + index);
        HBox column = new HBox(8, new Label(I18n.tr("import.question.forColumn")), forColumn);
        column.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, label, column);
        if (!question.forRows().isEmpty()) {
            FlowPane rows = new FlowPane(12, 6);
            for (int i = 0; i < question.forRows().size(); i++) {
                ComboBox<Enum<?>> one = choices(question, question.forRows().get(i));
                one.setId("import-question-" + index + "-row-" + missing.rows().get(i));
                HBox cell = new HBox(4, new Label(I18n.tr("import.question.row", missing.rows().get(i))), one);
                cell.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(cell);
            }
            TitledPane perRow = new TitledPane(I18n.tr("import.question.perRow"), rows);
            perRow.setExpanded(false);
            box.getChildren().add(perRow);
        }
        return box;
    }

    private static ComboBox<Enum<?>> choices(Question question, ObjectProperty<Enum<?>> value) {
        ComboBox<Enum<?>> box = new ComboBox<>(FXCollections.observableArrayList(question.choices()));
        box.setPromptText(I18n.tr("import.question.choose"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Enum<?> choice) {
                if (choice instanceof Kind kind) {
                    return DomainLabels.kind(kind);
                }
                return choice instanceof Scope scope ? DomainLabels.scope(scope) : "";
            }

            @Override
            public Enum<?> fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }
}
