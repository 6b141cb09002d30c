package cn.leavedesk.service;

import java.util.List;

/**
 * Everything the rulebook screen shows about one rulebook.
 *
 * @param sourceComplete false when the published text is known to be cut off; the screen says so prominently
 * @param other          provisions that are not chain rules (who presides, meeting quorum), one line each
 */
public record RulebookPage(String id, String heading, String document, String adopted, boolean sourceComplete,
                           List<String> notes, List<RuleRow> rules, List<String> other) {
    public RulebookPage {
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
        other = List.copyOf(other);
    }
}
