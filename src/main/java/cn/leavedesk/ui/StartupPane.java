package cn.leavedesk.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows from its first frame until the database is open and the main screen is built. */
final class StartupPane extends VBox {
    StartupPane() {
        Label name = new Label(I18n.tr("app.name"));
        name.getStyleClass().add("ld-brand-name");
        Label subtitle = new Label(I18n.tr("app.subtitle"));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label status = new Label(I18n.tr("startup.opening"));
        status.setId("startup-status");
        getChildren().addAll(name, subtitle, spinner, status);
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setId("startup");
        getStyleClass().add("ld-startup");
    }
}
