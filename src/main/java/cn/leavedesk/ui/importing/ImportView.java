package cn.leavedesk.ui.importing;

import atlantafx.base.theme.Styles;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.service.RosterService;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.Icons;
import cn.leavedesk.ui.importing.ImportViewModel.IssueRow;
import cn.leavedesk.ui.importing.ImportViewModel.Phase;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** 导入: files, the preview of what would be stored, every problem, and the import. */
public final class ImportView extends VBox {
    public ImportView(ImportViewModel viewModel, boolean canChange) {
        getStyleClass().addAll("ld-page", "ld-import");

        Label title = new Label(I18n.tr("nav.import"));
        title.getStyleClass().add(Styles.TITLE_2);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button choose = new Button(I18n.tr("import.choose"), Icons.FILE.create());
        choose.setId("import-choose");
        choose.setOnAction(e -> viewModel.chooseFiles());
        Button check = new Button(I18n.tr("import.check"), Icons.REFRESH.create());
        check.setId("import-check");
        check.setOnAction(e -> viewModel.check());
        Button importAll = new Button(I18n.tr("import.importAll"), Icons.IMPORT.create());
        importAll.setId("import-all");
        importAll.getStyleClass().add(Styles.ACCENT);
        importAll.setOnAction(e -> viewModel.importAll());
        choose.disableProperty().bind(viewModel.working().or(Bindings.createBooleanBinding(() -> !canChange)));
        check.disableProperty().bind(viewModel.working().or(Bindings.isEmpty(viewModel.files())));
        importAll.disableProperty().bind(viewModel.canImport().not().or(Bindings.createBooleanBinding(() -> !canChange)));
        HBox header = new HBox(title, spring, choose, check, importAll);
        header.getStyleClass().add("ld-toolbar");
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<Path> files = new ListView<>(viewModel.files());
        files.setId("import-files");
        files.setPrefHeight(96);
        files.setMinHeight(72);
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(item.toString());
                Button remove = new Button(null, Icons.CLEAR.create());
                remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
                remove.disableProperty().bind(viewModel.working());
                remove.setOnAction(e -> viewModel.removeFile(item));
                setGraphic(remove);
            }
        });
        Label drop = new Label(I18n.tr("import.drop"), Icons.IMPORT.create());
        drop.setId("import-drop-hint");
        drop.setWrapText(true);
        files.setPlaceholder(drop);
        javafx.scene.control.TextField path = new javafx.scene.control.TextField();
        path.setId("import-path");
        path.setPromptText(I18n.tr("import.path.prompt"));
        path.disableProperty().bind(viewModel.working().or(Bindings.createBooleanBinding(() -> !canChange)));
        path.setOnAction(e -> {
            viewModel.addTyped(path.getText());
            path.clear();
        });
        VBox dropZone = new VBox(6, files, path);
        dropZone.setId("import-drop");
        dropZone.getStyleClass().add("ld-drop-zone");
        dropZone.setOnDragOver(e -> {
            if (canChange && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        dropZone.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                viewModel.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });

        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(260);
        progress.progressProperty().bind(viewModel.progressProperty());
        Button cancel = new Button(I18n.tr("import.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        Label rows = new Label();
        rows.setId("import-progress-text");
        rows.getStyleClass().add(Styles.TEXT_MUTED);
        rows.textProperty().bind(viewModel.progressTextProperty());
        HBox working = new HBox(10, progress, rows, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(viewModel.working());
        working.managedProperty().bind(working.visibleProperty());
        Label hint = new Label(I18n.tr("import.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        VBox questions = new QuestionsPane(viewModel);
        questions.visibleProperty().bind(Bindings.isNotEmpty(viewModel.questions()));
        questions.managedProperty().bind(questions.visibleProperty());

        TabPane tabs = tabs(viewModel);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, hint, dropZone, summary, working, questions, tabs);
    }

    private static TabPane tabs(ImportViewModel viewModel) {
        TableView<IssueRow> issues = new TableView<>(viewModel.issues());
        issues.setId("import-issues");
        issues.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED);
        issues.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        issues.getColumns().addAll(List.of(
                column("import.column.file", IssueRow::file, 130),
                column("import.column.row", IssueRow::row, 60),
                column("import.column.column", IssueRow::column, 100),
                wrapping(column("import.column.reason", IssueRow::reason, 500))));
        Label noIssues = new Label();
        noIssues.textProperty().bind(Bindings.when(viewModel.phaseProperty().isEqualTo(Phase.EMPTY))
                .then(I18n.tr("import.summary.empty")).otherwise(I18n.tr("import.issues.none")));
        issues.setPlaceholder(noIssues);

        TableView<ImportViewModel.Previewed<Person>> people = new TableView<>(viewModel.people());
        people.setId("import-people");
        people.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED);
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        people.getColumns().addAll(List.of(
                column("import.column.where", ImportView::where, 150),
                column("roster.field.id", r -> id(r.value().id(), r.generatedId()), 90),
                column("roster.column.name", r -> r.value().displayName(), 90),
                column("roster.column.role", r -> DomainLabels.role(r.value().role()), 130),
                column("roster.column.portfolios", r -> RosterService.portfolioText(r.value().portfolios()), 100),
                column("roster.field.supervisor", r -> r.value().supervisor().map(id -> viewModel.people().stream()
                        .map(ImportViewModel.Previewed::value).filter(s -> s.id().equals(id)).findFirst()
                        .map(Person::displayName).orElse(id)).orElse(""), 90),
                column("roster.column.term", r -> r.value().term().map(t -> t.start() + " — " + t.end()).orElse(""),
                        190),
                column("roster.field.contact", r -> r.value().contact().orElse(""), 120)));
        people.setPlaceholder(new Label(I18n.tr("import.people.none")));

        TableView<ImportViewModel.Previewed<Absence>> absences = new TableView<>(viewModel.absences());
        absences.setId("import-absences");
        absences.getStyleClass().addAll(Styles.STRIPED, Styles.BORDERED);
        absences.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        absences.getColumns().addAll(List.of(
                column("import.column.where", ImportView::where, 170),
                column("import.column.id", r -> id(r.value().id(), r.generatedId()), 190),
                column("import.column.person", r -> r.value().personId(), 70),
                column("register.column.kind", r -> DomainLabels.kind(r.value().kind()), 80),
                column("register.column.scope", r -> DomainLabels.scope(r.value().scope()), 90),
                column("register.column.depart", r -> r.value().depart().toString(), 100),
                column("register.column.return", r -> r.value().returnDate().toString(), 100),
                column("register.column.status", r -> DomainLabels.status(r.value().status()), 70),
                column("register.column.destination", r -> r.value().destination().orElse(""), 100)));
        absences.setPlaceholder(new Label(I18n.tr("import.absences.none")));

        Tab issuesTab = new Tab();
        issuesTab.setId("import-tab-issues");
        issuesTab.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr("import.tab.issues", viewModel.issues().size()), viewModel.issues()));
        issuesTab.setContent(issues);
        Tab peopleTab = new Tab();
        peopleTab.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr("import.tab.people", viewModel.people().size()), viewModel.people()));
        peopleTab.setContent(people);
        Tab absencesTab = new Tab();
        absencesTab.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr("import.tab.absences", viewModel.absences().size()), viewModel.absences()));
        absencesTab.setContent(absences);
        TabPane tabs = new TabPane(issuesTab, peopleTab, absencesTab);
        tabs.setId("import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // what there is to look at first: the problems if any, else what will be stored
        viewModel.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == Phase.PREVIEW) {
                tabs.getSelectionModel().select(!viewModel.issues().isEmpty() ? issuesTab
                        : viewModel.people().isEmpty() ? absencesTab : peopleTab);
            }
        });
        return tabs;
    }

    private static String where(ImportViewModel.Previewed<?> row) {
        return row.row() == 0 ? row.file() : I18n.tr("import.where", row.file(), row.row());
    }

    /** An id the file did not give is marked as made up (stable: the same row gets the same id again). */
    private static String id(String id, boolean generated) {
        return generated ? I18n.tr("import.id.generated", id) : id;
    }

    /** A reason is one sentence that may be long; it wraps instead of ending in an ellipsis. */
    private static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                text.getStyleClass().add("text");
                setGraphic(text);
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
        return column;
    }

    private static <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
