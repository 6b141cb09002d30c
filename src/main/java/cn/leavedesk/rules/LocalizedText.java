package cn.leavedesk.rules;

import java.util.Locale;
import java.util.Objects;

/** Text a rulebook carries in Chinese and, where given, English. */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        en = en == null || en.isBlank() ? zh : en;
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
