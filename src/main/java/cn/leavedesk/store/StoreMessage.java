package cn.leavedesk.store;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A store message kept as its bundle key and arguments ({@code store.*} in {@code i18n/messages*.properties}), so a
 * message layer can word it in any language; {@link #chinese()} and {@link #english()} give the two sentences the
 * older zh/en pairs of {@link StoreException} carry. Arguments are formatted with {@link MessageFormat}.
 */
public record StoreMessage(String key, List<Object> args) {
    private static final String BUNDLE = "i18n.messages";

    public StoreMessage {
        args = List.copyOf(args);
    }

    public static StoreMessage of(String key, Object... args) {
        return new StoreMessage(key, List.of(args));
    }

    public String chinese() {
        return in(Locale.ROOT);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    private String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] shown = args.stream().map(a -> a instanceof StoreMessage m ? m.in(locale) : a).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }
}
