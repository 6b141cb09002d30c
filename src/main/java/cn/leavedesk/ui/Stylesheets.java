package cn.leavedesk.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The client's stylesheets, for every scene and dialog. The Chinese font is chosen here rather than in
 * {@code app.css}: a CSS {@code -fx-font-family} list does not fall back, so a list whose first family is
 * missing resolves to {@code System} even when a later one is installed (see decision 0019).
 */
public final class Stylesheets {
    static final String APP = "/cn/leavedesk/ui/app.css";

    /** Families with Simplified Chinese glyphs, in order of preference: Linux, Windows, macOS. */
    static final List<String> CHINESE_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "Microsoft YaHei UI", "SimHei",
            "DengXian", "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti");

    private static volatile List<String> sheets;

    private Stylesheets() {
    }

    /** The first preferred Chinese family among those installed. */
    static Optional<String> chineseFamily(Collection<String> installed) {
        return CHINESE_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /** The installed Chinese family the client uses, if any. */
    public static Optional<String> chineseFamily() {
        return chineseFamily(Font.getFamilies());
    }

    /** Adds the stylesheets to a scene. */
    public static void apply(Scene scene) {
        scene.getStylesheets().addAll(all());
    }

    /** Adds the stylesheets to a dialog's pane or any other root that lives in a scene of its own. */
    public static void apply(Parent root) {
        root.getStylesheets().addAll(all());
    }

    static List<String> all() {
        List<String> result = sheets;
        if (result == null) {
            String app = Objects.requireNonNull(Stylesheets.class.getResource(APP), APP).toExternalForm();
            result = chineseFamily().map(family -> List.of(app, fontSheet(family))).orElse(List.of(app));
            sheets = result;
        }
        return result;
    }

    /** A one-rule stylesheet as a data URL, which JavaFX accepts wherever it accepts a stylesheet URL. */
    static String fontSheet(String family) {
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
