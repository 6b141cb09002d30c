package cn.leavedesk.rules;

import java.util.List;
import java.util.Optional;

/**
 * A city's work rules as data: every rule cites {@code document} plus its article.
 *
 * @param sourceComplete false when the published text is known to be cut off (Yueqing)
 * @param leavingTheCity the one reading of 离汉 / 离开本市 / 外出 that the rules marked with it share
 * @param origin where the rulebook was read from, for messages
 */
public record Rulebook(String id, LocalizedText city, String document, LocalizedText title, String adopted,
                       boolean sourceComplete, List<LocalizedText> notes, List<Rule> rules,
                       Optional<PresidingRule> presiding, Optional<AbroadRules> abroad, Optional<QuorumRule> quorum,
                       Optional<LeavingTheCity> leavingTheCity, String origin) {
    public Rulebook {
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
    }

    /** Document number and article as one citation, e.g. "武政〔2018〕54号 六十七". */
    public String cite(String article) {
        return document + " " + article;
    }
}
