package cn.leavedesk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Command-line messages from the bundles, in the language of {@code --lang} (Chinese unless English). */
final class CliText {
    private CliText() {
    }

    static String of(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
