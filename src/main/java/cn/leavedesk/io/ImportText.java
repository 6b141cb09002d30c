package cn.leavedesk.io;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Words import problems from the message bundles: Simplified Chinese unless English is asked for. */
final class ImportText {
    private static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;

    private ImportText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ImportText of(Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return new ImportText(ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** Arguments are text, so MessageFormat never groups digits in a row number or an id. */
    String format(String key, List<String> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + args; // LocalizationConsistencyTest keeps this from shipping
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args.toArray());
    }
}
