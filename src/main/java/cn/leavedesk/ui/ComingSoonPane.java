package cn.leavedesk.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What an unfinished screen shows: its title, that it is coming, and what it will do. */
public class ComingSoonPane extends VBox {
    public ComingSoonPane(String title, String whatItWillDo) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        FontIcon icon = Icons.COMING_SOON.create();
        icon.getStyleClass().add("ld-coming-icon");
        Label coming = new Label(I18n.tr("comingSoon"), icon);
        coming.setId("coming-soon");
        coming.getStyleClass().addAll(Styles.TITLE_4, "ld-coming");
        Label description = new Label(whatItWillDo);
        description.setWrapText(true);
        description.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(heading, coming, description);
        getStyleClass().addAll("ld-page", "ld-coming-soon");
        setAlignment(Pos.TOP_LEFT);
    }
}
