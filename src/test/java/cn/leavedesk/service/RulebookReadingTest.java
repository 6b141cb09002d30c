package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rulebook page a screen shows, worded by the service in the clerk's language. */
class RulebookReadingTest {
    private final RulebookService rulebooks = new RulebookService();

    @Test
    void anEnglishClerkReadsPartiesAndDeadlinesInEnglish() {
        RulebookPage page = new RulebookReading(rulebooks, Locale.ENGLISH).page("wuhan");

        assertThat(page.rules()).extracting(RuleRow::steps).anySatisfy(s -> assertThat(s).contains("the mayor"));
        assertThat(page.rules()).extracting(RuleRow::steps).noneSatisfy(s -> assertThat(s).contains("市长"));
        assertThat(page.rules()).extracting(RuleRow::advance).contains("3 working days");
        assertThat(page.rules()).extracting(RuleRow::appliesTo)
                .noneSatisfy(s -> assertThat(s).containsPattern("[A-Z]{4}"));
    }

    @Test
    void theSameRulebookReadsInChineseForAChineseClerk() {
        RulebookPage english = new RulebookReading(rulebooks, Locale.ENGLISH).page("wuhan");
        RulebookPage chinese = new RulebookReading(rulebooks, Locale.SIMPLIFIED_CHINESE).page("wuhan");

        assertThat(chinese.rules()).extracting(RuleRow::article)
                .containsExactlyElementsOf(english.rules().stream().map(RuleRow::article).toList());
        assertThat(chinese.rules()).extracting(RuleRow::steps).anySatisfy(s -> assertThat(s).contains("市长"));
    }

    @Test
    void anUnknownIdReadsTheDefaultRulebook() {
        assertThat(new RulebookReading(rulebooks, Locale.ENGLISH).page("atlantis").id())
                .isEqualTo(SettingsService.DEFAULT_RULEBOOK);
    }
}
