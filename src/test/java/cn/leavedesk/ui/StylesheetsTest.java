package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StylesheetsTest {
    @Test
    void wenQuanYiIsChosenWhenItIsTheOnlyChineseFamily() {
        assertThat(Stylesheets.chineseFamily(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "System")))
                .contains("WenQuanYi Micro Hei");
    }

    @Test
    void theFirstPreferredFamilyWinsWhenSeveralAreInstalled() {
        assertThat(Stylesheets.chineseFamily(List.of("WenQuanYi Micro Hei", "Noto Sans CJK SC")))
                .contains("Noto Sans CJK SC");
    }

    @Test
    void noChineseFamilyIsNoChoice() {
        assertThat(Stylesheets.chineseFamily(List.of("DejaVu Sans", "System"))).isEmpty();
    }

    @Test
    void theFontSheetNamesExactlyOneFamily() {
        String url = Stylesheets.fontSheet("WenQuanYi Micro Hei");
        String css = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)),
                StandardCharsets.UTF_8);

        assertThat(url).startsWith("data:text/css;base64,");
        assertThat(css).isEqualTo(".root { -fx-font-family: \"WenQuanYi Micro Hei\"; }");
    }

    /** A merge once left a rule unclosed and every rule after it was lost, with only a log line to say so. */
    @Test
    void theAppStylesheetParsesWithoutErrors() throws Exception {
        javafx.css.CssParser.errorsProperty().clear();

        new javafx.css.CssParser().parse(Stylesheets.class.getResource(Stylesheets.APP));

        assertThat(javafx.css.CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }
}
