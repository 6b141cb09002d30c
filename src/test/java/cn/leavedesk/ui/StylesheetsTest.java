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
}
