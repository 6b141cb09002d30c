package cn.leavedesk.io;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 分管领域 as a clerk types them (外事、商务) and as the rulebooks look for them (FOREIGN_AFFAIRS COMMERCE); the same
 * reading an import file gets, so a person typed on the roster screen and one imported match the same rules.
 */
public final class PortfolioWords {
    private static final Map<String, String> CHINESE = RosterImport.PORTFOLIO_WORDS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private PortfolioWords() {
    }

    /** The stored words of a typed list; separators 、，,;； are all accepted. */
    public static List<String> parse(String text) {
        return RosterImport.portfolios(text);
    }

    /** The words back as a clerk would type them. */
    public static String text(List<String> words) {
        return words.stream().map(w -> CHINESE.getOrDefault(w, w)).collect(Collectors.joining("、"));
    }
}
