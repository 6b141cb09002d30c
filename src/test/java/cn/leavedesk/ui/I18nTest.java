package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class I18nTest {
    @Test
    void chineseIsTheDefaultEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(I18n.forLocale(Locale.SIMPLIFIED_CHINESE).get("nav.register")).isEqualTo("登记簿");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishBundleIsUsedForEnglish() {
        assertThat(I18n.forLocale(Locale.ENGLISH).get("nav.register")).isEqualTo("Register");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(I18n.forLocale(Locale.ENGLISH).get("demo.loaded", 8, 12))
                .isEqualTo("Demo data loaded: 8 people, 12 records");
    }

    @Test
    void missingKeyIsVisibleButDoesNotThrow() {
        assertThat(I18n.forLocale(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
