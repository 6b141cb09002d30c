package cn.leavedesk.ui.todo;

import atlantafx.base.theme.Styles;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.todo.TodoViewModel.Section;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The to-do list: a section per urgency group, a line per item; a line is a button that opens its absence. */
public final class TodoView extends VBox {
    private final TodoViewModel viewModel;
    private final VBox sections = new VBox();

    public TodoView(TodoViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("ld-page", "ld-todo");

        Label title = new Label(I18n.tr("nav.todo"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label();
        summary.setId("todo-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadedProperty().get()
                ? I18n.tr("todo.count", viewModel.countProperty().get()) : I18n.tr("todo.loading"),
                viewModel.countProperty(), viewModel.loadedProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button refresh = new Button(I18n.tr("todo.refresh"), Icons.REFRESH.create());
        refresh.setId("todo-refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        HBox header = new HBox(title, spring, summary, refresh);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        Label failure = new Label();
        failure.setId("todo-failure");
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(viewModel.failureProperty());
        failure.visibleProperty().bind(viewModel.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        sections.setId("todo-sections");
        sections.getStyleClass().add("ld-todo-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        viewModel.sectionsProperty().addListener((o, old, now) -> show(now));
        viewModel.loadedProperty().addListener((o, old, now) -> show(viewModel.sectionsProperty().get()));
        show(viewModel.sectionsProperty().get());
        getChildren().addAll(header, failure, scroll);
        // The list changes with the day and with work done elsewhere: read it whenever the screen is shown.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
    }

    private void show(List<Section> shown) {
        if (!viewModel.loadedProperty().get()) {
            sections.getChildren().clear();
            return;
        }
        if (shown.isEmpty()) {
            Label empty = new Label(I18n.tr("todo.empty"), Icons.SOURCE_COMPLETE.create());
            empty.setId("todo-empty");
            empty.getStyleClass().add("ld-todo-empty");
            sections.getChildren().setAll(empty);
            return;
        }
        sections.getChildren().clear();
        for (Section section : shown) {
            Label heading = new Label(I18n.tr("todo.groupHeading", TodoViewModel.groupTitle(section.group()),
                    section.entries().size()));
            heading.setId("todo-group-" + section.group().name().toLowerCase(java.util.Locale.ROOT));
            heading.getStyleClass().addAll("ld-todo-heading", "ld-todo-" + cssName(section.group()));
            VBox lines = new VBox();
            lines.getStyleClass().add("ld-todo-lines");
            section.entries().forEach(entry -> lines.getChildren().add(line(entry)));
            sections.getChildren().addAll(heading, lines);
        }
    }

    private Node line(TodoEntry entry) {
        Label who = new Label(entry.who());
        who.getStyleClass().add("ld-todo-who");
        Label what = new Label(entry.what());
        what.getStyleClass().add("ld-todo-what");
        Label due = new Label(TodoViewModel.dueText(entry));
        due.getStyleClass().add(Styles.TEXT_MUTED);
        Label id = new Label(entry.item().absence());
        id.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox content = new HBox(12, who, what, due, spring, id, Icons.OPEN.create());
        content.setAlignment(Pos.CENTER_LEFT);
        Button line = new Button(null, content);
        line.setId("todo-item-" + entry.item().absence() + entry.item().step().map(n -> "-" + n).orElse("")
                + "-" + entry.item().type().name().toLowerCase(java.util.Locale.ROOT));
        line.getStyleClass().addAll("ld-todo-line", Styles.FLAT);
        line.setMaxWidth(Double.MAX_VALUE);
        content.prefWidthProperty().bind(line.widthProperty().subtract(24));
        line.setAlignment(Pos.CENTER_LEFT);
        line.setOnAction(e -> viewModel.open(entry));
        return line;
    }

    private static String cssName(TodoViewModel.Group group) {
        return switch (group) {
            case OVERDUE, RETURN, REPORT -> "late";
            case TODAY, NO_PRESIDER -> "today";
            case SOON -> "soon";
        };
    }
}
